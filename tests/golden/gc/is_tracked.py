# Which objects the collector tracks (atomic values and tuples of them are not).
import gc
class C:
    pass
x = 1
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(1.5))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(set()), gc.is_tracked(C()), gc.is_tracked(C))
print(gc.is_tracked(()), gc.is_tracked((x, 2)), gc.is_tracked((x, [])), gc.is_tracked(tuple([1, 2])))
