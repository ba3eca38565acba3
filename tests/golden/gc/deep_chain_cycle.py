# A 100000-long ring of instances is collected by gc.collect() in one go.
import gc
class Link:
    pass
gc.collect()
head = Link()
node = head
for _ in range(99_999):
    node.next = Link()
    node = node.next
node.next = head
del head, node
print("ring collected:", gc.collect())
print("nothing left:", gc.collect())
