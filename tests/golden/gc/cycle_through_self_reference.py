# Containers referring to themselves through one field, with no plain instance in the cycle:
# the collector must break each cycle by clearing the container itself (tp_clear).
# cyclic: it outlived its last name; collected: gc.collect() cleared the weakref to it;
# freed: a second gc.collect() finds no more garbage than before the case (no leftover).
import gc, sys, weakref
gc.disable()
KEEP = type("Keep", (), {})()  # a live referent for weakref callbacks
class E(Exception):
    pass
class R(weakref.ref):
    pass
class RS(weakref.ref):
    __slots__ = ("me", "__weakref__")
def check(name, make):
    gc.collect()
    before = gc.collect()
    try:
        r = weakref.ref(make())
    except Exception as e:
        print(f"{name:26} error {type(e).__name__}")
        return
    cyclic = r() is not None
    gc.collect()
    collected = r() is None
    print(f"{name:26} cyclic={cyclic} collected={collected} freed={gc.collect() == before}")
def self_attr(new, attr, value=lambda o: o):
    def make():
        o = new()
        setattr(o, attr, value(o))
        return o
    return make
def new_function():
    return lambda x=None, *, y=None: None
def new_module():
    import _cycle_helper as m
    del sys.modules["_cycle_helper"]
    return m
def closure():
    def f(): return f
    return f
def class_cell():
    class C:
        def m(self): return __class__
    return C
def generator():
    def g():
        me = yield
        yield
    gen = g(); next(gen); gen.send(gen)
    return gen
def raiser():
    e = E()
    raise e
def caught():
    try:
        raiser()
    except E as e:
        return e
check("function __defaults__", self_attr(new_function, "__defaults__", lambda f: (f,)))
check("function __kwdefaults__", self_attr(new_function, "__kwdefaults__", lambda f: {"y": f}))
check("function __dict__", self_attr(new_function, "me"))
check("function __annotations__", self_attr(new_function, "__annotations__", lambda f: {"x": f}))
check("function __doc__", self_attr(new_function, "__doc__"))
check("function __module__", self_attr(new_function, "__module__"))
check("function __closure__", closure)
check("weakref callback", self_attr(new_function, "me", lambda f: weakref.ref(KEEP, f)))
check("class dict", self_attr(lambda: type("C", (), {}), "me"))
check("class __class__ cell", class_cell)
check("generator frame", generator)
check("module dict", self_attr(new_module, "me"))
check("exception args", self_attr(E, "args", lambda e: (e,)))
check("exception __cause__", self_attr(E, "__cause__"))
check("exception __context__", self_attr(E, "__context__"))
check("exception __dict__", self_attr(E, "me"))
check("exception __traceback__", caught)
check("weakref subclass attr", self_attr(lambda: R(KEEP), "me"))
check("weakref subclass slot", self_attr(lambda: RS(KEEP), "me"))
check("list subclass item", lambda: (l := type("L", (list,), {})(), l.append(l))[0])
check("dict subclass value", lambda: (d := type("D", (dict,), {})(), d.setdefault(0, d))[0])
