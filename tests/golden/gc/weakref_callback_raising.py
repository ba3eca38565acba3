# An exception in a weakref callback is reported through sys.unraisablehook (refcount and gc paths).
import gc, sys, weakref
def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, "|", u.err_msg.split(" at 0x")[0])
sys.unraisablehook = hook
class T:
    pass
def bad(ref):
    raise RuntimeError("callback failed")
t = T()
r = weakref.ref(t, bad)
del t
print("after refcount death")
gc.collect()
t = T()
t.me = t
r = weakref.ref(t, bad)
del t
print("collect:", gc.collect())
