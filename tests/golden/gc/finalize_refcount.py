# weakref.finalize calls func(*args, **kwargs) when the object dies by refcount, once.
import weakref
class Resource:
    pass
def cleanup(name, *extra, sep="-", **kw):
    print("cleanup", name, extra, sep, sorted(kw.items()))
    return "done"
r = Resource()
f = weakref.finalize(r, cleanup, "res", 1, 2, sep="+", mode="w")
print("alive:", f.alive)
print("deleting")
del r
print("alive after death:", f.alive)
print("calling again:", f())
