# __del__ order within one collection follows creation order, not link direction.
import gc
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        order.append(self.name)
gc.collect()
order = []
a, b, c, d = N("a"), N("b"), N("c"), N("d")
a.next, b.next, c.next, d.next = b, c, d, a
del a, b, c, d
gc.collect()
print("forward ring, created abcd:", order)
order = []
a, b, c, d = N("a"), N("b"), N("c"), N("d")
a.next, b.next, c.next, d.next = d, a, b, c
del a, b, c, d
gc.collect()
print("backward ring, created abcd:", order)
order = []
d, c, b, a = N("d"), N("c"), N("b"), N("a")
a.next, b.next, c.next, d.next = b, c, d, a
del a, b, c, d
gc.collect()
print("forward ring, created dcba:", order)
