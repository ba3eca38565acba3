# The handbook's Node class: a self-referencing annotation that 3.14 accepts
# because annotations are evaluated lazily.
class Node:
    def __init__(self, name: str):
        self.name = name
        self.other: Node | None = None
    def __repr__(self):
        return f"Node({self.name!r})"
a = Node("a")
b = Node("b")
a.other = b
b.other = a
print(a, a.other, a.other.other, a.other.other is a)
print(b.other.name, a.other.other.other.name)
print(Node.__init__.__annotations__)
print(vars(a).keys())
