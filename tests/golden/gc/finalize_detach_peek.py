# finalize.peek() and detach() return (obj, func, args, kwargs); detach cancels the finalizer.
import weakref
class Obj:
    pass
def func(*a, **k):
    print("func called", a, k)
o = Obj()
f = weakref.finalize(o, func, 1, key="v")
obj, fn, args, kwargs = f.peek()
print(obj is o, fn is func, args, kwargs, f.alive)
del obj
detached = f.detach()
print(detached[0] is o, detached[1] is func, detached[2:], f.alive)
print(f.peek(), f.detach(), f())
del detached
del o
print("no call after detach")
