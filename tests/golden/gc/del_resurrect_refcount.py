# An object resurrected by __del__ on refcount death survives; __del__ is not called again.
import gc
saved = []
class Phoenix:
    def __del__(self):
        print("__del__ called")
        saved.append(self)
p = Phoenix()
p.value = 42
print("finalized before:", gc.is_finalized(p))
del p
print("resurrected:", len(saved), saved[0].value, gc.is_finalized(saved[0]))
saved.clear()
print("dropped again, no second __del__")
q = Phoenix()
del q
print("a new object is finalized normally:", len(saved))
