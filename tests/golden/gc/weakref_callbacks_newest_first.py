# Several weakrefs with callbacks on one object are called newest first (refcount and gc death).
import gc, weakref
class Target:
    pass
def make_cb(name):
    def cb(ref):
        print("callback", name)
    return cb
t = Target()
refs = [weakref.ref(t, make_cb(i)) for i in range(1, 4)]
print("refcount death:")
del t
gc.collect()
t = Target()
t.me = t
refs = [weakref.ref(t, make_cb(i)) for i in range(1, 4)]
del t
print("gc death:")
print("collect:", gc.collect())
