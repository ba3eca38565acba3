import weakref
class S(set): pass
class F(frozenset): pass
def f(): pass
def g(): yield
for o in (S(), F(), f, g(), type, int, weakref, len, [].append, (lambda: 0).__code__):
    print(type(o).__name__, weakref.ref(o)() is o)
for o in (1, "s", (1,), [1], {}, set().__iter__(), object()):
    try: weakref.ref(o)
    except TypeError as e: print(e)
