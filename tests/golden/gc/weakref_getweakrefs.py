# getweakrefcount/getweakrefs count every weakref and proxy to an object.
import weakref
class T:
    def m(self):
        pass
def cb(r):
    pass
o = T()
print("none yet:", weakref.getweakrefcount(o), weakref.getweakrefs(o))
r1 = weakref.ref(o)
r2 = weakref.ref(o, cb)
p = weakref.proxy(o)
print("count:", weakref.getweakrefcount(o))
print("types:", sorted(type(w).__name__ for w in weakref.getweakrefs(o)))
print("ref in list:", any(w is r1 for w in weakref.getweakrefs(o)), any(w is r2 for w in weakref.getweakrefs(o)))
del r2
print("after del r2:", weakref.getweakrefcount(o))
print("int:", weakref.getweakrefcount(1), weakref.getweakrefs(1))
del o
print("after death:", weakref.getweakrefcount(r1), r1())
