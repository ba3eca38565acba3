# WeakValueDictionary methods: get, setdefault, pop, popitem, update, keys/values/items, copy.
import weakref
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"V({self.n})"
vals = [V(i) for i in range(4)]
d = weakref.WeakValueDictionary({"a": vals[0]})
d.update(b=vals[1])
d.update([("c", vals[2])])
print(sorted(d.keys()), sorted(v.n for v in d.values()), sorted(d.items(), key=lambda kv: kv[0]))
print(d.setdefault("a", vals[3]), d.setdefault("z", vals[3]))
print(d.pop("z"), d.pop("zz", "missing"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
c = d.copy()
print(type(c).__name__, sorted(c.keys()), c["a"] is d["a"])
del vals[0]
print("after value died:", sorted(d.keys()), sorted(c.keys()))
k, v = d.popitem()
print(len(d), k in ("b", "c"))
d.clear()
print(len(d), "b" in d)
try:
    d["x"] = 5
except TypeError as e:
    print("TypeError:", e)
