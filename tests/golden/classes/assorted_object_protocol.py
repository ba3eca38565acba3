# Duplicate bases, int.__new__(bool), obj.__dict__ = {...}, int() without __trunc__ (3.14) and
# with a subclass's __int__, pow() by keyword and three-argument pow() dispatch (3.14 tries
# __rpow__), staticmethod/classmethod/property metadata.
class A: pass
try:
    class F(A, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(bool)
except TypeError as e:
    print("TypeError:", e)
class O: pass
o = O()
o.a = 1
o.__dict__ = {"q": 2}
print(o.__dict__, o.q, hasattr(o, "a"))
try:
    o.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
def f(): pass
f.__dict__ = {"z": 3}
print(f.z)
class T:
    def __trunc__(self): return 5
try:
    int(T())
except TypeError as e:
    print("TypeError:", e)
class I(int):
    def __int__(self): return 98
print(int(I(1)))
print(pow(base=2, exp=3, mod=5), pow(2, 10, 7))
def g(x): "gdoc"; return x
sm = staticmethod(g); cm = classmethod(g)
print(sm.__func__ is g, cm.__func__ is g, sm.__wrapped__ is g, sm.__name__, cm.__qualname__, sm.__doc__)
p = property(g)
print(p.__name__, p.fget is g)
class K:
    @property
    def val(self): return 1
print(K.val.__name__)
class N:
    def __pow__(self, other, mod=None): return ("pow", other, mod)
    def __rpow__(self, other, mod=None): return ("rpow", other, mod)
print(pow(N(), 2, 3), pow(2, N(), 3), N() ** 2, 2 ** N())
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, base=1)
except TypeError as e:
    print("TypeError:", e)
class S(int): pass
print(int.__new__(S, 5) + 1, type(int.__new__(S, 5)).__name__)
