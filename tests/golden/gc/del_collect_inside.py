# gc.collect() called from __del__ during a collection returns 0; on refcount death it collects.
import gc
inner = []
class N:
    def __del__(self):
        inner.append(gc.collect())
gc.collect()
n = N()
n.me = n
del n
print("outer collect:", gc.collect())
print("inner collect during collection:", inner)
garbage = []
garbage.append(garbage)
del garbage
m = N()
del m
print("inner collect on refcount death:", inner[1])
