class K(int):
    def __hash__(self): return 7
    def __eq__(self, o): return True
print(len({K(1), K(2)}), {K(1): 'a'}.get(K(2)), {7: 'x'}.get(K(1)), K(1) in {5: 1, 7: 2})
print(K(3) in [9], [9, 8].count(K(1)), (1, 2).index(K(5)))
class A: pass
class B(A): pass
class C(B): pass
print(A.__subclasses__(), B.__subclasses__(), int.__subclasses__()[:0], object.__subclasses__()[:0])
del C
import gc; gc.collect()
print(B.__subclasses__())
import operator
class I(int):
    def __index__(self): return 2
print(operator.index(I(7)), [10, 20, 30, 40, 50, 60, 70, 80][I(7)], hex(I(7)), range(10)[I(7)])
try: object.__subclasshook__()
except TypeError as e: print(e)
def g(): yield
x = g(); print(x.gi_suspended, x.gi_code.co_name, x.gi_yieldfrom)
next(x); print(x.gi_suspended)
def gen():
    yield 1
def outer():
    yield from gen()
o = outer()
next(o)
print(o.gi_yieldfrom.gi_code.co_name, o.gi_suspended, o.gi_running)
for _ in o:
    pass
print(o.gi_yieldfrom, o.gi_suspended, o.gi_code.co_name)
for src in ("class Bad(int):\n    __slots__ = ('x',)",
            "class Ok(int):\n    __slots__ = ()",
            "class T(tuple):\n    __slots__ = ('__dict__',)",
            "class C:\n    __slots__ = ('a', 'b')\n    a = 1",
            "class D:\n    __slots__ = ('__dict__',)\n    __dict__ = 1"):
    try:
        exec(src)
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import weakref
class P: pass
class Q(P): pass
print(weakref.getweakrefcount(Q), weakref.getweakrefs(Q)[0]() is Q, weakref.ref(Q) is weakref.getweakrefs(Q)[0])
print(P.__subclasses__() == [Q], object.__subclasses__.__qualname__)
