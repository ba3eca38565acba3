# Cycles of instances: two nodes, a ring of five, an instance referring to itself.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("pair:", gc.collect())
ring = [Node(str(i)) for i in range(5)]
for i, n in enumerate(ring):
    n.other = ring[(i + 1) % 5]
del ring, n
print("ring of five:", gc.collect())
s = Node("self")
s.other = s
del s
print("self:", gc.collect())
