# weakref.ref: calling returns the referent while alive, None once it died.
import weakref
class Target:
    pass
t = Target()
r = weakref.ref(t)
print(type(r).__name__, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print("alive:", r() is t)
other = t
del t
print("still referenced elsewhere:", r() is other)
del other
print("dead:", r())
print("still dead:", r() is None)
