# weakref.ref subclasses: extra attributes via __slots__ or __init__; never shared with plain refs.
import weakref
class Named(weakref.ref):
    __slots__ = ("name",)
    def __init__(self, obj, callback=None, **kw):
        super().__init__(obj, callback)
        self.name = kw["name"]
class Tagged(weakref.ref):
    def __init__(self, obj, tag=None):
        super().__init__(obj)
        self.tag = tag
class T:
    pass
def cb(r):
    print("callback got", type(r).__name__, r.name, r())
o = T()
n = Named(o, cb, name="first")
t = Tagged(o)
t.tag = "tag"
plain = weakref.ref(o)
print(n.name, t.tag, n() is o, t() is o, isinstance(n, weakref.ref))
print("shared:", plain is weakref.ref(o), t is plain, Tagged(o) is t)
print("count:", weakref.getweakrefcount(o))
del o
print("dead:", n(), t(), t.tag)
