# A finalizer with atexit=False is not called at exit; atexit defaults to True.
import weakref
class Obj:
    pass
a, b = Obj(), Obj()
fa = weakref.finalize(a, print, "finalizer a (atexit=True)")
fb = weakref.finalize(b, print, "finalizer b (atexit=False)")
print("defaults:", fa.atexit, fb.atexit)
fb.atexit = False
print("after change:", fa.atexit, fb.atexit)
print("end of script")
