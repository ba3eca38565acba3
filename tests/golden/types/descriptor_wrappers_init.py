class P(property):
    def __init__(self, f):
        super().__init__(f)
        self.extra = 1
class C:
    @P
    def x(self): return 5
print(C().x, C.__dict__['x'].extra)
class S(staticmethod):
    def __init__(self, f):
        super().__init__(f)
class D:
    @S
    def f(): return 'sf'
print(D.f())
p = property(lambda s: 1)
p.__init__(lambda s: 2)
class E: pass
E.y = p
print(E().y)
sm = staticmethod(len)
print(repr(sm)[:25], sm.__name__, sm.__dict__ if hasattr(sm, '__dict__') else '-')
print(repr(classmethod(len))[:26])

class A:
    @property
    def q(self): pass
print(A.q.__isabstractmethod__)
p2 = property(lambda s: 0); p2.__set_name__(A, 'zz'); print(p2.__name__)
print(staticmethod[int], classmethod[int])
sm.extra = 5; print(sm.extra)
class S2(staticmethod): pass
s2 = S2(len); s2.k = 1; print(sorted(s2.__dict__), s2.k)
class P2(property): pass
p3 = P2(lambda s: 1, doc='d'); p3.z = 3; print(p3.__dict__, p3.__doc__)
class Q:
    @property
    def v(self): "vdoc"; return 1
    @v.setter
    def v(self, val): pass
print(Q.v.__doc__, Q.v.__name__, Q.__dict__['v'].fset.__name__)
class PP(property):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); print('PP init', len(a))
class R:
    @PP
    def w(self): return 1
    @w.setter
    def w(self, v): pass
print(type(R.w).__name__, R().w)
try: property(1, 2, 3, 4, 5)
except TypeError as e: print(e)
try: staticmethod()
except TypeError as e: print(e)
try: classmethod(len, x=1)
except TypeError as e: print(e)
try: property(fget=1, foo=2)
except TypeError as e: print(e)
