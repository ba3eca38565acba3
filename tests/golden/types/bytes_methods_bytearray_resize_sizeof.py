# oracle: native
# bytearray.resize (new in 3.14) and __sizeof__ (the object plus its whole buffer, as CPython
# over-allocates it).
import sys
b = bytearray(b"abc")
for n in [5, 2, 0, 100, 3, True]:
    b.resize(n)
    print(n, bytes(b[:8]), len(b), b.count(0), b.__sizeof__(), sys.getsizeof(b))
for x in [bytearray(), bytearray(b"a"), bytearray(10), bytearray(b"x" * 100), bytearray(range(5)),
          bytearray(range(16)), bytearray(range(100)), bytearray([7] * 20)]:
    print(len(x), x.__sizeof__(), sys.getsizeof(x))
g = bytearray()
for i in range(20):
    g.append(i)
    print(g.__sizeof__(), end=" ")
print()
class BA(bytearray):
    pass
print(BA(b"abc").__sizeof__(), BA().__sizeof__())
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: b.resize(-1))
attempt(lambda: b.resize())
attempt(lambda: b.resize(1, 2))
attempt(lambda: b.resize(size=3))
attempt(lambda: b.resize(2.0))
attempt(lambda: b.resize(None))
attempt(lambda: b.resize(2**70))
attempt(lambda: b.resize(sys.maxsize))
attempt(lambda: bytearray.resize(b"", 1))
attempt(lambda: bytearray().__sizeof__(1))
attempt(lambda: bytearray.__sizeof__(b""))
print(len(b))
# bytearray(list or tuple) fills the buffer in one go unless an item is not an exact int.
for src in [[1, 2, 3], (1, 2, 3), [True], [1, True, 3], (True,) * 20, [], iter([1, 2, 3])]:
    print(bytearray(src).__sizeof__(), end=" ")
print()
r = bytearray(b"abc")
try:
    r.__init__([1, 300])
except ValueError as e:
    print(e, r)
