# An instance held in a set that the instance refers to: the cycle is collected.
import gc
class Item:
    pass
gc.collect()
a = Item()
a.group = {a}
del a
print("instance <-> set:", gc.collect())
a = Item()
a.group = frozenset([a])
del a
print("instance <-> frozenset:", gc.collect())
