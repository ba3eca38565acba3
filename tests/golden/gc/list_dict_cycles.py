# Self-referencing lists and dicts survive refcounting; gc.collect() finds them.
import gc
a = []
a.append(a)
del a
print("list self-cycle:", gc.collect())
d = {}
d["self"] = d
del d
print("dict self-cycle:", gc.collect())
x = [1]
y = {"x": x}
x.append(y)
del x, y
print("list <-> dict:", gc.collect())
print("nothing left:", gc.collect())
