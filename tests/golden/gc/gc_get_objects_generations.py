# Where a new container sits: young (generation 0) until a collection; generation 1 is always empty.
import gc
class Box:
    pass
gc.collect()
b = Box()
def where(o):
    return [g for g in (0, 1, 2) if any(x is o for x in gc.get_objects(g))]
print("new object:", where(b))
gc.collect(0)
print("after collect(0):", where(b))
c = Box()
gc.collect()
print("after full collect:", where(b), where(c))
print("generation 1 empty:", gc.get_objects(1) == [])
