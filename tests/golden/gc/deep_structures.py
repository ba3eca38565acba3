# Deep garbage is freed without exhausting the stack: a long cyclic chain and deep nesting.
import gc
class Link:
    __slots__ = ("next",)
head = Link()
node = head
for _ in range(100_000):
    node.next = Link()
    node = node.next
node.next = head
del head, node
print("chain collected:", gc.collect())
nest = []
for _ in range(100_000):
    nest = [nest]
nest[0].append(nest)
del nest
print("nested collected:", gc.collect() > 0)
