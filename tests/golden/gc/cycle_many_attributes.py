# An instance with many attributes (its __dict__ materialized) in a self-cycle.
import gc
class Wide:
    pass
gc.collect()
w = Wide()
for i in range(40):
    setattr(w, f"attr{i}", i)
w.me = w
del w
print("wide self-cycle:", gc.collect())
a, b = Wide(), Wide()
for i in range(40):
    setattr(a, f"x{i}", i)
    setattr(b, f"y{i}", i)
a.peer, b.peer = b, a
del a, b
print("wide pair:", gc.collect())
