# Callbacks report the generation passed to gc.collect(): 0, 1 (an increment) or 2 (full).
import gc
seen = []
def cb(phase, info):
    seen.append((phase, info["generation"]))
gc.callbacks.append(cb)
gc.collect(0)
gc.collect(1)
gc.collect(2)
gc.collect()
gc.callbacks.remove(cb)
print(seen)
