# The handbook example: two nodes that point at each other (a reference
# cycle), without using the gc module.
class Node:
    def __init__(self, name: str):
        self.name = name
        self.other: Node | None = None

a = Node("a")
b = Node("b")
a.other = b
b.other = a
print(a.name, a.other.name, b.other.name)
print(a.other.other is a, b.other.other is b)
print(a.other.other.other.name)
print(type(a).__name__, sorted(vars(a)))
del a, b
print("names deleted; the cycle itself is left to the cycle collector")
