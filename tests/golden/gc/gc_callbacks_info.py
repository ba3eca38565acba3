# gc.callbacks: start/stop phases, info keys, generation for collect(0) and collect(2).
import gc
log = []
def cb(phase, info):
    log.append((phase, sorted(info), info["generation"], info["collected"], info["uncollectable"]))
gc.collect()
gc.callbacks.append(cb)
a = []
a.append(a)
del a
gc.collect(0)
b = {}
b["b"] = b
c = [b]
c.append(c)
del b, c
gc.collect(2)
gc.callbacks.remove(cb)
gc.collect()
for entry in log:
    print(entry)
print("callbacks list is a list:", type(gc.callbacks).__name__, cb in gc.callbacks)
