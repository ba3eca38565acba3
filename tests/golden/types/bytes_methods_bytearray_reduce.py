# bytearray.__reduce__ / __reduce_ex__ (CPython's _common_reduce): a Latin-1 str below
# protocol 3, bytes from 3 on, no argument when empty; the state is the instance dict and
# slots, or None.
import copy
print(bytearray(b"abc").__reduce__())
print(bytearray(b"a\xffc").__reduce_ex__(0), bytearray(b"a\xffc").__reduce_ex__(2))
print(bytearray(b"abc").__reduce_ex__(3), bytearray(b"abc").__reduce_ex__(5))
print(bytearray(b"abc").__reduce_ex__(-1), bytearray().__reduce_ex__(), bytearray().__reduce_ex__(4))
class BA(bytearray):
    pass
x = BA(b"ab\xff")
x.foo = [1]
print(x.__reduce__(), x.__reduce_ex__(4))
class BS(bytearray):
    __slots__ = ("q", "r")
y = BS(b"z")
y.q = 5
print(y.__reduce_ex__(4), y.__reduce__(), BS().__reduce_ex__(2))
class WithState(bytearray):
    def __getstate__(self):
        return "custom"
print(WithState(b"w").__reduce_ex__(3))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: bytearray().__reduce_ex__("a"))
attempt(lambda: bytearray().__reduce_ex__(2**70))
attempt(lambda: bytearray().__reduce_ex__(1, 2))
attempt(lambda: bytearray().__reduce__(1))
attempt(lambda: bytearray.__reduce_ex__(b"", 1))
# copy goes through __reduce_ex__(4).
c = copy.copy(x)
print(c, type(c).__name__, c.__dict__, c.foo is x.foo, c is x)
d = copy.deepcopy(x)
print(d, d.__dict__, d.foo is x.foo)
print(copy.deepcopy(y).q, copy.copy(y), copy.copy(bytearray(b"abc")), copy.deepcopy(bytearray()))
