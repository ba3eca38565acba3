# Garbage that references a live object is collected; the live object survives.
import gc
class Node:
    pass
gc.collect()
keep = Node()
keep.name = "kept"
a, b = Node(), Node()
a.peer, b.peer = b, a
a.shared = keep
b.shared = [keep]
del a, b
print("garbage pair:", gc.collect())
print("still alive:", keep.name)
keep.me = keep
print("reachable self-cycle:", gc.collect())
print("survivor tracked:", gc.is_tracked(keep))
