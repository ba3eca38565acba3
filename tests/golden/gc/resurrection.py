# PEP 442: __del__ runs once; an object it resurrects survives and is not finalized again.
import gc
class Phoenix:
    saved = None
    def __del__(self):
        print("__del__ runs")
        Phoenix.saved = self
p = Phoenix()
p.me = p
del p
print("collected:", gc.collect())
print("resurrected:", Phoenix.saved is not None, gc.is_finalized(Phoenix.saved))
Phoenix.saved = None
print("collected again:", gc.collect())
