# Iterating a bytearray, and subclasses of builtin containers that override __getitem__ but
# not __iter__: they iterate as their base does (a dict subclass used to loop forever).
print("before the loop")
for x in bytearray(b"ab"):
    print(x)
it = iter(bytearray(b"xyz"))
print(type(it).__name__, next(it), list(it))
print(type(iter(b"q")).__name__, list(b"AB"))
try:
    next(bytearray(b"a"))
except TypeError as e:
    print("TypeError:", e)


class D(dict):
    def __getitem__(self, key):
        return 1


class L(list):
    def __getitem__(self, i):
        return "item"


class T(tuple):
    def __getitem__(self, i):
        return "item"


class S(str):
    def __getitem__(self, i):
        return "item"


print(list(D(a=1, b=2)), list(L([1, 2])), list(T((3, 4))), list(S("hi")))
print([k for k in D(x=0)], sorted(D(z=1, y=2)))
try:
    next({}.keys())
except TypeError as e:
    print("TypeError:", e)
print(list(iter({"k": 1}.items())))
