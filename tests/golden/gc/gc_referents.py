# gc.get_referents lists what an object refers to (checked by membership, not order).
import gc
class Box:
    pass
b = Box()
b.items = [1, 2]
inner = [b]
lst = [inner, "text", b]
refs = gc.get_referents(lst)
print(len(refs), any(r is inner for r in refs), any(r is b for r in refs), "text" in refs)
print("instance refers to its class:", any(r is Box for r in gc.get_referents(b)))
print("instance refers to attribute value:", any(r is b.items for r in gc.get_referents(b)))
d = {"k": inner}
print("dict values:", any(r is inner for r in gc.get_referents(d)))
print("several args:", len(gc.get_referents([1], [2, 3])))
print("atomic:", gc.get_referents(1, "s", None))
t = (inner, 5)
print("tuple:", any(r is inner for r in gc.get_referents(t)))
# A builtin type is a referent only when the container holds it, wherever it sits.
print("holding its own type:", gc.get_referents([list]), gc.get_referents([1, int]))
print("type at the end of a tuple:", gc.get_referents((1, tuple)))
