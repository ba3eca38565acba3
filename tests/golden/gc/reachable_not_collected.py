# A cycle that is still reachable from a global is not garbage.
import gc
class Node:
    pass
a, b = Node(), Node()
a.peer, b.peer = b, a
holder = [a]
del a, b
print("collected while held:", gc.collect())
holder.clear()
print("collected once released:", gc.collect())
