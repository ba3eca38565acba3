# In a collection, callbacks of weakrefs to the garbage run before __del__ and see a dead referent.
import gc, weakref
class Target:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "ref sees:", r())
def cb(ref):
    print("callback, referent:", ref())
gc.collect()
t = Target("t")
t.me = t
r = weakref.ref(t, cb)
del t
print("collect:", gc.collect())
