# A ring of N instances is collected as N objects, whatever N is.
import gc
class Node:
    pass
gc.collect()
for n in (1, 2, 3, 10, 100, 1000):
    nodes = [Node() for _ in range(n)]
    for i in range(n):
        nodes[i].next = nodes[(i + 1) % n]
    del nodes
    print(n, gc.collect())
