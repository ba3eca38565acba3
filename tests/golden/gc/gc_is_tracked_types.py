# gc.is_tracked across builtin types: containers are tracked, atomic values are not.
import gc, sys
class C:
    def m(self):
        pass
class S:
    __slots__ = ("a",)
def f():
    pass
def g():
    yield
x = 7
samples = [
    ("int", x), ("big int", x ** 40), ("float", x / 2), ("str", "abc"), ("bytes", b"ab"),
    ("None", None), ("bool", True), ("bytearray", bytearray()), ("object()", object()), ("range", range(3)),
    ("builtin type", int), ("empty tuple", ()), ("tuple of ints", (x, x)), ("tuple of strs", (str(x), "y")),
    ("tuple with list", (x, [])), ("tuple with instance", (C(),)),
    ("list", []), ("dict", {}), ("dict of ints", {"a": x}), ("set", set()), ("frozenset", frozenset()),
    ("function", f), ("lambda", lambda: 0), ("class", C), ("instance", C()), ("slots instance", S()),
    ("generator", g()), ("module", sys), ("builtin function", len), ("bound method", C().m),
    ("slice", slice(1, 2)), ("list iterator", iter([])), ("property", property()),
]
for name, o in samples:
    print(f"{name}: {gc.is_tracked(o)}")
