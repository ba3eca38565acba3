# __callback__ is the callback while the referent lives and None after its death.
import weakref
class T:
    pass
def cb(ref):
    print("in callback, __callback__ is", ref.__callback__)
o = T()
r = weakref.ref(o, cb)
print("alive:", r.__callback__ is cb)
try:
    r.__callback__ = None
except AttributeError as e:
    print("AttributeError:", e)
del o
print("dead:", r.__callback__)
