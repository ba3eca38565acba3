# __slots__ classes support weakrefs only when '__weakref__' is among the slots.
import weakref
class NoWeak:
    __slots__ = ("x",)
class WithWeak:
    __slots__ = ("x", "__weakref__")
class Sub(NoWeak):
    pass
class SlotSub(NoWeak):
    __slots__ = ("y",)
for cls in (NoWeak, WithWeak, Sub, SlotSub):
    obj = cls()
    try:
        r = weakref.ref(obj)
        print(cls.__name__, "ok", r() is obj)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
print(hasattr(NoWeak(), "__weakref__"), WithWeak().__weakref__)
w = WithWeak()
r = weakref.ref(w)
print(w.__weakref__ is r)
