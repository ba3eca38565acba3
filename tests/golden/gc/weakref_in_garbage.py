# A weakref that is itself part of the garbage never has its callback called.
import gc, weakref
class Node:
    pass
def cb(ref):
    print("callback called", ref.__class__.__name__)
gc.collect()
a = Node()
a.me = a
a.wr = weakref.ref(a, cb)
del a
print("inner weakref, collect:", gc.collect())
b = Node()
b.me = b
outer = weakref.ref(b, cb)
del b
print("outer weakref, collect:", gc.collect())
print("outer is dead:", outer() is None)
