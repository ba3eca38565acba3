# On refcount death __del__ runs first, then the weakref callback, which gets the dead weakref.
import weakref
class Target:
    def __del__(self):
        print("__del__")
def cb(ref):
    print("callback: is r:", ref is r, "referent:", ref())
t = Target()
r = weakref.ref(t, cb)
print("deleting")
del t
print("after del")
print("callback attr after death:", r.__callback__)
