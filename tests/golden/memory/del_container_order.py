# The order in which a container's items are finalised when it is freed.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
print("list:")
lst = [Tracked("l0"), Tracked("l1"), Tracked("l2")]
del lst
print("tuple:")
tup = (Tracked("t0"), Tracked("t1"), Tracked("t2"))
del tup
print("dict:")
d = {i: Tracked(f"d{i}") for i in range(3)}
del d
print("instance attributes:")
class Holder:
    pass
h = Holder()
h.a = Tracked("attr a")
h.b = Tracked("attr b")
del h
print("list.clear():")
lst = [Tracked("c0"), Tracked("c1")]
lst.clear()
print("nested:")
outer = [Tracked("outer0"), [Tracked("inner0"), Tracked("inner1")], Tracked("outer2")]
del outer
print("done")
