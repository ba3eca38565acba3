# An exception in a finalizer callback is reported as unraisable; the finalizer is then dead.
import sys, weakref
def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, "|", u.err_msg.split(" at 0x")[0])
sys.unraisablehook = hook
class Obj:
    pass
def bad():
    raise KeyError("in finalizer")
o = Obj()
f = weakref.finalize(o, bad)
del o
print("alive:", f.alive)
o2 = Obj()
f2 = weakref.finalize(o2, bad)
try:
    f2()
except KeyError as e:
    print("direct call raises KeyError:", e, "alive:", f2.alive)
