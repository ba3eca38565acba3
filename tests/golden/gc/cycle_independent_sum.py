# One collection reclaims several independent cycles; the count is their total.
import gc
class Node:
    pass
gc.collect()
for _ in range(3):
    n = Node()
    n.me = n
for _ in range(4):
    l = []
    l.append(l)
a, b = Node(), Node()
a.b, b.a = b, a
del n, l, a, b
print("3 + 4 + 2 =", gc.collect())
print("second collect:", gc.collect())
