# hash(ref) is the referent's hash; kept after death if computed while alive, else TypeError.
import weakref
class T:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
a, b = T(12345), T(678)
ra, rb = weakref.ref(a), weakref.ref(b)
print("hash while alive:", hash(ra))
del a, b
print("dead, hashed before:", hash(ra))
try:
    hash(rb)
except TypeError as e:
    print("dead, never hashed: TypeError:", e)
class Unhashable:
    __hash__ = None
u = Unhashable()
try:
    hash(weakref.ref(u))
except TypeError as e:
    print("unhashable referent: TypeError:", e)
