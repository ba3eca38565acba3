# A parent's __del__ runs before the children it holds are released (a chain dies head first).
class Link:
    def __init__(self, name, nxt=None):
        self.name = name
        self.next = nxt
    def __del__(self):
        print("__del__", self.name)
head = None
for i in range(5):
    head = Link(i, head)
print("dropping head", head.name)
del head
print("done")
