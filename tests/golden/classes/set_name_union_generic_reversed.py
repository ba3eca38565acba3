class P(property):
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class L(list):
    def __set_name__(self, owner, name):
        print('list set_name', name)
class A:
    @P
    def x(self): return 1
    items = L()
class D:
    def __set_name__(self, owner, name):
        raise ValueError('boom')
try:
    class B:
        d = D()
except ValueError as e:
    print(e, e.__notes__)
print(A().x)
u = int | None
print(u == (None | int), u.__args__, (int | str) == (str | int), (int | str) != (int | float), hash(int | str) == hash(str | int))
print(len({int | str, str | int}), (int | str | int).__args__)
class L(list):
    def __reversed__(self):
        return super().__reversed__()
print(list(reversed(L([1, 2, 3]))), type(reversed([])).__name__, list(reversed([4, 5])))
print(L[int], list.__class_getitem__(int), dict[str, int].__origin__, tuple[int, ...])
class D(dict): pass
print(D[str, int], type(D[str, int]).__name__)
