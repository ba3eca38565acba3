# At exit, atexit handlers registered after the first finalizer run first; then live finalizers, newest first.
import atexit, weakref
class Obj:
    pass
atexit.register(print, "atexit registered before finalizers")
keep = [Obj() for _ in range(3)]
for i, o in enumerate(keep):
    weakref.finalize(o, print, "finalizer", i)
atexit.register(print, "atexit registered after finalizers")
print("end of script")
