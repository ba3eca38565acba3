# WeakKeyDictionary methods: keyrefs, get, setdefault, pop, update, copy, items/values.
import weakref
class K:
    def __init__(self, n):
        self.n = n
keys = [K(i) for i in range(3)]
d = weakref.WeakKeyDictionary()
d.update({keys[0]: "zero", keys[1]: "one"})
print(d.get(keys[0]), d.get(keys[2]), d.get(keys[2], "none"))
print(d.setdefault(keys[2], "two"), d.setdefault(keys[2], "other"))
refs = d.keyrefs()
print(len(refs), sorted(r().n for r in refs))
print(sorted(d.values()), sorted((k.n, v) for k, v in d.items()))
print(d.pop(keys[1]), len(d))
c = d.copy()
print(type(c).__name__, len(c))
del keys[0]
print("after key died:", len(d), len(c), sum(r() is None for r in refs))
