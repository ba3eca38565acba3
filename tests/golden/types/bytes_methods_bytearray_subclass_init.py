# bytearray is subclassable, and as in CPython __new__ makes it empty and __init__ fills it
# (so a subclass's __init__ decides); bytearray(x) never asks x.__bytes__.
class Twice(bytearray):
    def __init__(self, data):
        super().__init__(data * 2)
print(Twice(b"ab"), len(Twice(b"q")), isinstance(Twice(b""), bytearray), Twice.__mro__)
class Traced(bytearray):
    def __new__(cls, *args):
        self = super().__new__(cls)
        print("new:", bytes(self), args)
        return self
print(Traced(b"zz"), bytearray.__new__(bytearray, b"ignored"))
b = bytearray(b"abc")
b.__init__(b"xy")
print(b)
b.__init__()
print(b)
b.__init__(3)
print(b)
b.__init__("\xe9", "utf-8")
print(b)
try:
    b.__init__(1, 2)
except TypeError as e:
    print("TypeError:", e, b)
x = Twice(b"ab")
x.tag = "t"
print(x.tag, x.__dict__, x + b"!", type(x + b"!").__name__, x == b"abab", x[1:3])
x.extend(b"cd")
print(x, repr(x))
class WithBytes:
    def __bytes__(self):
        return b"xy"
class WithBytesAndIter(WithBytes):
    def __iter__(self):
        return iter([1, 2])
class WithBytesAndIndex(WithBytes):
    def __index__(self):
        return 3
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: bytearray(WithBytes()))
attempt(lambda: bytearray(WithBytesAndIter()))
attempt(lambda: bytearray(WithBytesAndIndex()))
attempt(lambda: bytes(WithBytesAndIndex()))
attempt(lambda: bytes(WithBytesAndIter()))
class BytearrayBytes:
    def __bytes__(self):
        return bytearray(b"x")
attempt(lambda: bytes(BytearrayBytes()))
attempt(lambda: bytes(1, 2))
attempt(lambda: bytes(1, errors=2))
attempt(lambda: bytes("a", "utf-8", 3))
attempt(lambda: bytes(1, "utf-8"))
attempt(lambda: bytearray(None, "x"))
# extend takes bytes-like objects and iterables of ints.
attempt(lambda: bytearray().extend(5))
attempt(lambda: bytearray().extend("ab"))
attempt(lambda: bytearray().extend([1, "a"]))
attempt(lambda: bytearray().extend([300]))
attempt(lambda: bytearray().extend(None))
attempt(lambda: bytearray().extend(WithBytes()))
e = bytearray(b"a")
e.extend(bytearray(b"b"))
e.extend(range(99, 101))
print(e)
# The repr of a bytearray escapes every single quote.
print(repr(bytearray(b"'")), repr(bytearray(b'"')), repr(bytearray(b"'\"")), repr(bytearray(b"a\\b")))
print(repr(b"'"), repr(Twice(b"'")))
