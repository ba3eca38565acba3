# With DEBUG_SAVEALL every object of a collected cycle goes to gc.garbage, in collection order.
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = ["a"]
b = ["b", a]
a.append(b)
d = {"name": "d"}
d["self"] = d
del a, b, d
print("collect:", gc.collect())
print("saved:", sorted(o[0] if isinstance(o, list) else o["name"] for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("collect after clearing:", gc.collect())
