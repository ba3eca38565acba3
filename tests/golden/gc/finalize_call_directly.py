# Calling a live finalizer runs it now and returns its result; later calls and the object's death do nothing.
import weakref
class Obj:
    pass
def func(x):
    print("func", x)
    return x * 2
o = Obj()
f = weakref.finalize(o, func, 21)
print("result:", f())
print("alive:", f.alive)
print("second call:", f())
del o
print("object died, nothing more")
g = weakref.finalize(Obj(), func, 5)
print("temporary object already finalized:", g.alive)
