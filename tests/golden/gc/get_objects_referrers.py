# gc.get_objects, get_referents and get_referrers see the tracked containers.
import gc
class Box:
    pass
box = Box()
items = [box, "text", 42]
print(any(o is items for o in gc.get_objects()))
print(box in gc.get_referents(items), 42 in gc.get_referents(items))
print(any(r is items for r in gc.get_referrers(box)))
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
