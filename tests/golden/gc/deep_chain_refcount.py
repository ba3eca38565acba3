# A 100000-long linked chain of instances is freed by refcounting without a stack overflow.
class Link:
    count = 0
    def __init__(self, nxt):
        self.next = nxt
        Link.count += 1
head = None
for _ in range(100_000):
    head = Link(head)
print("built:", Link.count)
del head
print("done")
