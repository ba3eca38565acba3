# A cycle through any single reference field of a builtin container is collected: each case
# hangs one object off a fresh anchor `a` and closes the loop through one field only.
# cyclic=True: `a` outlived its last name; collected=True: gc.collect() freed it.
import gc, sys, weakref
gc.disable()
class A:
    def __call__(self, *args):
        return 0
    def meth(self):
        pass
class Slotted:
    __slots__ = ("x", "__weakref__")
class R(weakref.ref):
    pass
class RS(weakref.ref):
    __slots__ = ("y",)
KEEP = A()  # a live referent for weakrefs and proxies
def check(name, wire, cls=A):
    a = cls()
    r = weakref.ref(a)
    try:
        wire(a)
    except Exception as e:
        print(f"{name:26} error {type(e).__name__}")
        return
    del a
    cyclic = r() is not None
    gc.collect()
    print(f"{name:26} cyclic={cyclic} collected={r() is None}")
def module_dict(a):
    import _cycle_helper as m
    del sys.modules["_cycle_helper"]
    m.y = a; a.x = m
def cell(a):
    def outer(v): return lambda: v
    a.x = outer(a).__closure__[0]
def set_attr(value):
    return lambda a: setattr(a, "x", value(a))
def weakref_subclass(cls):
    def wire(a): a.x = cls(KEEP); a.x.y = a
    return wire
check("list item", set_attr(lambda a: [1, a]))
check("tuple item", set_attr(lambda a: (1, a)))
check("dict key", set_attr(lambda a: {a: 1}))
check("dict value", set_attr(lambda a: {1: a}))
check("set member", set_attr(lambda a: {1, a}))
check("frozenset member", set_attr(lambda a: frozenset([1, a])))
check("instance inline attr", set_attr(lambda a: a))
check("instance __dict__", lambda a: vars(a).__setitem__("x", a))
check("instance __slots__", set_attr(lambda a: a), Slotted)
check("class dict", set_attr(lambda a: type("C", (), {"y": a})))
check("instance __class__", set_attr(lambda a: type("C", (), {"y": a})()))
check("class bases/mro", set_attr(lambda a: type("D", (type("B", (), {"y": a}),), {})))
check("module dict", module_dict)
check("cell contents", cell)
check("slice start", set_attr(lambda a: slice(a, None, None)))
check("slice stop", set_attr(lambda a: slice(None, a, None)))
check("slice step", set_attr(lambda a: slice(None, None, a)))
check("property fget", set_attr(lambda a: property(a)))
check("property fset", set_attr(lambda a: property(None, a)))
check("property fdel", set_attr(lambda a: property(None, None, a)))
check("property doc", set_attr(lambda a: property(None, None, None, a)))
check("staticmethod func", set_attr(lambda a: staticmethod(a)))
check("classmethod func", set_attr(lambda a: classmethod(a)))
check("super obj", set_attr(lambda a: super(A, a)))
check("super type", set_attr(lambda a: super(type("K", (), {"y": a}))))
check("bound method __self__", set_attr(lambda a: a.meth))
check("bound method __func__", set_attr(lambda a: type(a.meth)(a, KEEP)))
check("builtin method __self__", set_attr(lambda a: a.__dir__))
check("weakref callback", set_attr(lambda a: weakref.ref(KEEP, a)))
check("proxy callback", set_attr(lambda a: weakref.proxy(KEEP, a)))
check("weakref subclass attr", weakref_subclass(R))
check("weakref subclass slot", weakref_subclass(RS))
check("WeakKeyDictionary value", set_attr(lambda a: weakref.WeakKeyDictionary({KEEP: a})))
