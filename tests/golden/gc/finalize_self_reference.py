# A finalizer whose func or args refer to the object keep it alive (so the finalizer never fires early).
import gc, weakref
class Obj:
    def close(self):
        print("close called")
o = Obj()
f = weakref.finalize(o, o.close)
del o
gc.collect()
print("still alive because the bound method holds it:", f.alive)
print("peek object type:", type(f.peek()[0]).__name__)
f()
print("after explicit call:", f.alive)
