# Automatic collection of rings with __del__: each __del__ runs at most once; gc.collect() finishes the rest.
import gc
class Node:
    deleted = 0
    def __del__(self):
        Node.deleted += 1
for _ in range(20_000):
    a, b, c = Node(), Node(), Node()
    a.n, b.n, c.n = b, c, a
del a, b, c
print("some rings freed automatically:", Node.deleted > 0)
gc.collect()
print("all finalized exactly once:", Node.deleted == 60_000)
