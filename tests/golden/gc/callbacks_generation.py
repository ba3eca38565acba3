# Callbacks see generation 2 for gc.collect() and the count collected.
import gc
seen = []
def cb(phase, info):
    seen.append((phase, info["generation"]))
gc.callbacks.append(cb)
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
print(seen)
