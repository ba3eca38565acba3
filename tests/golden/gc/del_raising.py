# An exception raised in __del__ is reported through sys.unraisablehook and otherwise ignored.
import gc, sys
def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, "|", u.err_msg.split(" at 0x")[0], "|", type(u.object).__name__)
sys.unraisablehook = hook
class Bad:
    def __del__(self):
        raise ValueError("boom in __del__")
b = Bad()
del b
print("after refcount death")
gc.collect()
b = Bad()
b.me = b
del b
print("collected:", gc.collect())
print("still running")
