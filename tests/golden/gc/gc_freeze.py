# gc.freeze moves objects to the permanent generation: frozen garbage is not collected until unfreeze.
import gc
class Node:
    pass
gc.collect()
print("freeze count at start:", gc.get_freeze_count())
n = Node()
n.me = n
gc.freeze()
print("frozen:", gc.get_freeze_count() > 0)
del n
print("collect while frozen:", gc.collect())
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect())
m = Node()
gc.freeze()
print("frozen object in get_objects:", any(o is m for o in gc.get_objects()))
gc.unfreeze()
print("after unfreeze:", any(o is m for o in gc.get_objects()))
# Frozen objects stay frozen while collections of every kind run around them, even when new
# garbage refers to them.
anchor = Node()
gc.freeze()
frozen = gc.get_freeze_count()
for round in range(3):
    g = Node()
    g.me = g
    g.anchor = anchor
    del g
    print("round", round, "young/increment/full:", gc.collect(0), gc.collect(1), gc.collect(2))
print("still frozen:", gc.get_freeze_count() == frozen)
gc.unfreeze()
print("unfrozen:", gc.get_freeze_count(), "anchor tracked:", gc.is_tracked(anchor))
