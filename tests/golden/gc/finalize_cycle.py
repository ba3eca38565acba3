# A finalizer attached to cyclic garbage runs during gc.collect(), not before.
import gc, weakref
class Node:
    pass
def done(name):
    print("finalized", name)
gc.collect()
a, b = Node(), Node()
a.peer, b.peer = b, a
fa = weakref.finalize(a, done, "a")
fb = weakref.finalize(b, done, "b")
del a, b
print("before collect:", fa.alive, fb.alive)
gc.collect()
print("after collect:", fa.alive, fb.alive)
