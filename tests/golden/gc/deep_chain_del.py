# A long chain of instances with __del__ dies by refcount: every __del__ runs, the head's first.
class Link:
    order = []
    def __init__(self, n, nxt):
        self.n = n
        self.next = nxt
    def __del__(self):
        Link.order.append(self.n)
head = None
for i in range(50_000):
    head = Link(i, head)
del head
print("finalized:", len(Link.order), "first three:", Link.order[:3])
print("all distinct:", len(set(Link.order)) == 50_000)
