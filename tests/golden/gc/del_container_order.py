# Order of __del__ when a container dies: list and tuple last-to-first, dict and attributes in insertion order.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(" ", self.name)
print("list:")
l = [D("l0"), D("l1"), D("l2")]
del l
print("tuple:")
t = (D("t0"), D("t1"), D("t2"))
del t
print("dict:")
d = {"a": D("d0"), "b": D("d1"), "c": D("d2")}
del d
print("list.clear():")
l = [D("c0"), D("c1"), D("c2")]
l.clear()
print("instance attributes:")
class Holder:
    pass
h = Holder()
h.a, h.b, h.c = D("a"), D("b"), D("c")
del h
print("done")
