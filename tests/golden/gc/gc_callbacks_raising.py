# An exception in a gc callback is reported as unraisable; the collection and other callbacks go on.
import gc, sys
def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, "|", u.err_msg.split(" at 0x")[0])
sys.unraisablehook = hook
def bad(phase, info):
    raise ValueError("bad callback " + phase)
def good(phase, info):
    print("good", phase, info["collected"])
gc.collect()
gc.callbacks.extend([bad, good])
x = []
x.append(x)
del x
print("collect:", gc.collect())
gc.callbacks.clear()
