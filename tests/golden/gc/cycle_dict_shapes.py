# Dict cycles: through a value, through a nested dict, through an instance key.
import gc
class Key:
    pass
gc.collect()
a, b = {}, {}
a["b"], b["a"] = b, a
del a, b
print("dict <-> dict:", gc.collect())
k = Key()
d = {k: 1}
k.owner = d
del k, d
print("dict key <-> instance:", gc.collect())
outer = {"inner": {"inner2": {}}}
outer["inner"]["inner2"]["back"] = outer
del outer
print("three nested dicts:", gc.collect())
