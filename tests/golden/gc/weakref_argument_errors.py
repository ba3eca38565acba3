# weakref.ref/proxy argument errors; a non-callable callback is accepted and fails only when called.
import sys, weakref
def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, "|", u.err_msg)
sys.unraisablehook = hook
class T:
    pass
o = T()
for args in ((), (o, None, None)):
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("ref TypeError:", e)
try:
    weakref.ref(o, callback=None)
except TypeError as e:
    print("ref TypeError:", e)
try:
    weakref.proxy(o, None, None)
except TypeError as e:
    print("proxy TypeError:", e)
r = weakref.ref(o, "not callable")
print("callback:", repr(r.__callback__))
del o, args
print("end")
