# A 1,000,000-node ring of instances is found and freed by the collector alone, without
# exhausting the native stack (clearing one node frees the rest by refcounting, nested).
import gc
class Link:
    __slots__ = ("next",)
gc.collect()
head = Link()
node = head
for _ in range(999_999):
    node.next = Link()
    node = node.next
node.next = head
del head, node
print("ring collected:", gc.collect())
print("again:", gc.collect())
