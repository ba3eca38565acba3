# Objects that cannot be weakly referenced raise TypeError naming their type.
import weakref
class Slotted:
    __slots__ = ("a",)
class MyInt(int):
    pass
class MyTuple(tuple):
    pass
def g():
    yield
for obj in (1, 2.5, "text", b"bytes", bytearray(), (1, 2), [1], {1: 2}, None, True,
            object(), range(3), slice(1, 2), iter([]), Slotted(), MyInt(3), MyTuple(), ...):
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)
