# gc.collect() from inside a gc callback returns 0 (a collection is already running).
import gc
inner = []
def cb(phase, info):
    inner.append((phase, gc.collect()))
gc.collect()
gc.callbacks.append(cb)
x = []
x.append(x)
del x
print("outer:", gc.collect())
gc.callbacks.remove(cb)
print("inner:", inner)
