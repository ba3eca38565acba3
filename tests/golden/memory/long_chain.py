# A 1,000,000-long linked chain is built and freed without a crash
# (freeing must not recurse once per node on the native stack).
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next):
        self.value = value
        self.next = next
head = None
for i in range(1_000_000):
    head = Node(i, head)
print("built, head value:", head.value)
count = 0
node = head
while node is not None:
    count += 1
    node = node.next
print("length:", count)
del head
print("freed")
chain = None
for i in range(1_000_000):
    chain = [i, chain]
print("list chain built:", chain[0])
chain = None
print("list chain freed")
