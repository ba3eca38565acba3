# A cycle through any single reference field of a function or of a generator's suspended
# frame is collected: each case hangs one object off a fresh anchor `a` and closes the loop
# through that field only. cyclic=True: `a` outlived its last name; collected=True: gc freed it.
import gc, sys, weakref
gc.disable()
class A:
    def __call__(self, *args):
        return {}
def check(name, wire):
    a = A()
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
def function_attr(attr, value):
    def wire(a):
        f = lambda x=None, *, y=None: None
        setattr(f, attr, value(a)); a.x = f
    return wire
def globals_dict(a):
    import _cycle_helper as m
    del sys.modules["_cycle_helper"]
    m.y = a; a.x = m.f
def closure(a):
    def outer(v): return lambda: v
    a.x = outer(a)
def started(gen, *args):
    def wire(a):
        g = gen(a, *args); next(g); a.x = g
    return wire
def g_argument(o): yield
def g_local(box): o = box.pop(); yield
def g_value_stack(box): [box.pop(), (yield)]
def g_for_iterator(box):
    for _ in [0, box.pop()]: yield
def g_cellvar(o):
    def inner(): return o
    yield
def g_freevar(o):
    def g():
        yield o
    return g()
def g_yield_from(box): yield from g_local(box)
def g_in_except(box):
    try:
        raise ValueError(box.pop())
    except ValueError:
        yield
check("function __defaults__", function_attr("__defaults__", lambda a: (a,)))
check("function __kwdefaults__", function_attr("__kwdefaults__", lambda a: {"y": a}))
check("function __closure__", closure)
check("function __dict__", function_attr("attr", lambda a: a))
check("function __globals__", globals_dict)
check("function __annotations__", function_attr("__annotations__", lambda a: {"x": a}))
check("function __annotate__", function_attr("__annotate__", lambda a: a))
check("function __type_params__", function_attr("__type_params__", lambda a: (a,)))
check("function __doc__", function_attr("__doc__", lambda a: a))
check("function __module__", function_attr("__module__", lambda a: a))
check("unstarted gen argument", lambda a: setattr(a, "x", g_argument(a)))
check("generator local", started(lambda a: g_local([a])))
check("generator value stack", started(lambda a: g_value_stack([a])))
check("generator for iterator", started(lambda a: g_for_iterator([a])))
check("generator cellvar", started(g_cellvar))
check("generator freevar", started(g_freevar))
check("generator yield from", started(lambda a: g_yield_from([a])))
check("generator in except", started(lambda a: g_in_except([a])))
