# gc.is_finalized is True only after __del__ ran (refcount or gc path); False without __del__.
import gc
saved = []
class WithDel:
    def __del__(self):
        saved.append(self)
class Plain:
    pass
w = WithDel()
print("fresh:", gc.is_finalized(w))
del w
print("resurrected after refcount death:", gc.is_finalized(saved.pop()))
c = WithDel()
c.me = c
del c
gc.collect()
print("resurrected after gc:", gc.is_finalized(saved.pop()))
p = Plain()
p.me = p
print("plain:", gc.is_finalized(p), "int:", gc.is_finalized(1), "list:", gc.is_finalized([]))
