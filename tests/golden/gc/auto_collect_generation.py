# Automatic collections are reported to gc.callbacks as generation 1 (incremental GC increments).
import gc
seen = set()
def cb(phase, info):
    seen.add((phase, info["generation"]))
gc.callbacks.append(cb)
keep = []
for i in range(200_000):
    x = []
    x.append(x)
    if i % 4 == 0:
        keep.append([i])
gc.callbacks.remove(cb)
print("generations seen:", sorted(seen))
