# WeakValueDictionary: an entry disappears as soon as its value dies by refcount.
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
d = weakref.WeakValueDictionary()
a, b = Obj("a"), Obj("b")
d["a"] = a
d["b"] = b
d[3] = b
print(len(d), sorted(k for k in d if isinstance(k, str)), d["a"].name, 3 in d)
del a
print(len(d), "a" in d, d.get("a"), d.get("a", "default"))
try:
    d["a"]
except KeyError as e:
    print("KeyError:", e)
del b
print(len(d), list(d.items()))
