# Live weakrefs compare like their referents; dead ones are equal only to themselves.
import weakref
class T:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, T) and self.v == other.v
    __hash__ = object.__hash__
def cb(r):
    pass
a, b, c = T(1), T(1), T(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b, cb), weakref.ref(c)
print("alive equal referents:", ra == rb, ra != rb)
print("alive different referents:", ra == rc, ra != rc)
print("compared with a non-ref:", ra == a)
del a, b
print("dead vs dead (distinct):", ra == rb, ra != rb)
print("dead vs itself:", ra == ra)
print("dead vs live:", ra == rc)
try:
    ra < rc
except TypeError as e:
    print("TypeError:", e)
