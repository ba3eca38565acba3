# Weakref callbacks fire for cyclic garbage reclaimed by automatic collections (no gc.collect()).
import weakref
class Node:
    pass
fired = 0
def cb(ref):
    global fired
    fired += 1
refs = set()
for _ in range(100_000):
    n = Node()
    n.me = n
    refs.add(weakref.ref(n, cb))
del n
print("callbacks fired automatically:", fired > 0)
print("dead refs match callbacks:", sum(r() is None for r in refs) == fired)
