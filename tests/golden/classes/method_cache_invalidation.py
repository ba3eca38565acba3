# The interpreter caches where a method or class attribute was found; every change that can
# alter the answer must be seen: a base class's method replaced, an instance attribute that
# shadows the method, a new attribute name on another instance, a class attribute rebound.
class Base:
    kind = "base"

    def greet(self):
        return "base"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        self.a = 1


def call_all(objs):
    return [o.greet() for o in objs]


def kinds(objs):
    return [o.kind for o in objs]


leaves = [Leaf() for _ in range(3)]
for _ in range(3):
    print(call_all(leaves), kinds(leaves))

Base.greet = lambda self: "patched base"
print(call_all(leaves))
Mid.greet = lambda self: "mid"
print(call_all(leaves))
del Mid.greet
print(call_all(leaves))

# A new attribute name on one instance (the class's key list grows), then a shadowing one.
leaves[0].b = 2
print(call_all(leaves))
leaves[1].greet = lambda: "own"
print(call_all(leaves))
del leaves[1].greet
print(call_all(leaves))

Base.kind = "rebound"
print(kinds(leaves))
Mid.kind = "mid kind"
print(kinds(leaves))
leaves[2].kind = "instance kind"
print(kinds(leaves))


# Swapping a class's bases changes the MRO the cache indexed.
class Other:
    kind = "other"

    def greet(self):
        return "other"


class Swap(Base):
    pass


s = Swap()
print(s.greet(), s.kind)
Swap.__bases__ = (Other,)
print(s.greet(), s.kind)
