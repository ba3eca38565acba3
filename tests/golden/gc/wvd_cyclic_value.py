# A WeakValueDictionary value that is cyclic garbage stays until gc.collect() runs.
import gc, weakref
class Obj:
    pass
gc.collect()
d = weakref.WeakValueDictionary()
o = Obj()
o.me = o
d["k"] = o
del o
print("after del:", len(d), "k" in d)
print("collect:", gc.collect())
print("after collect:", len(d), "k" in d)
