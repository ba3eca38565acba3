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
