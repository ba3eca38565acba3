# WeakValueDictionary.valuerefs() and itervaluerefs() expose weakrefs to the values.
import weakref
class V:
    def __init__(self, n):
        self.n = n
d = weakref.WeakValueDictionary()
keep = [V(1), V(2)]
d["one"], d["two"] = keep
refs = d.valuerefs()
print(len(refs), all(isinstance(r, weakref.ref) for r in refs), sorted(r().n for r in refs))
print(sorted(r.key for r in refs))
del keep[0]
print("dead refs:", sum(r() is None for r in refs), "len:", len(d))
print(sorted(r().n for r in d.itervaluerefs()))
