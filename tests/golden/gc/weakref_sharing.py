# ref(o) without callback is shared; a ref with a callback is always a new object.
import weakref
class T:
    pass
def cb(r):
    pass
o = T()
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print("no callback shared:", r1 is r2)
c1 = weakref.ref(o, cb)
c2 = weakref.ref(o, cb)
print("with callback shared:", c1 is c2, c1 is r1)
print("None callback shared:", weakref.ref(o, None) is r1)
print("__callback__:", r1.__callback__, c1.__callback__ is cb)
print("all equal:", r1 == c1 == c2)
print("count:", weakref.getweakrefcount(o))
