# PEP 560 __mro_entries__ (class L(list[int])), __orig_bases__, and types.GenericAlias's
# __origin__/__args__, call, equality and hash.
class LI(list[int]):
    pass
print(LI.__orig_bases__, LI.__bases__, LI.__mro__)
x = LI([1, 2])
print(x, type(x).__name__)
ga = list[int]
print(ga.__origin__, ga.__args__, ga.__parameters__, dict[str, int].__args__)
print(list[int] == list[int], list[int] == list[str], list[int] != list, hash(list[int]) == hash(list[int]))
print(list[int]((1, 2)), dict[str, int](a=1))
class B:
    def __mro_entries__(self, bases):
        return (int,)
class C(B()):
    pass
print(C.__bases__, C.__orig_bases__[0].__class__.__name__, C(5) + 1)
class Bad:
    def __mro_entries__(self, bases):
        return int
try:
    class D(Bad()): pass
except TypeError as e:
    print("TypeError:", e)
print({list[int]: 1}[list[int]])
