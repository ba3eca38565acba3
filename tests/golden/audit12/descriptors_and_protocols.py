# Descriptor precedence (data over instance dict over non-data), __set_name__, static and class
# methods through subclasses, and the object protocol dunders (__getattr__ after
# __getattribute__, __call__, __enter__/__exit__, iteration, __reversed__, ordering).
class D:
    def __get__(self, inst, owner): return ('get', inst is None, owner.__name__)
class ND:
    def __get__(self, inst, owner): return 'nd'
class DD:
    def __get__(self, inst, owner): return 'dd'
    def __set__(self, inst, v): print('set', v)
class C:
    d = D(); nd = ND(); dd = DD()
c = C()
print(c.d, C.d)
c.__dict__['nd'] = 'inst'; c.__dict__['dd'] = 'inst'
print(c.nd, c.dd)
c.dd = 5
class P:
    @property
    def x(self): return 1
p = P()
try: p.x = 2
except AttributeError as e: print('AttributeError', e)
try: del p.x
except AttributeError as e: print('AttributeError', e)
class W:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name); self.name = name
    def __get__(self, inst, owner): return self.name
class K:
    a = W(); b = W()
print(K().a, K.b)
class Sm:
    @staticmethod
    def s(): return 'static'
    @classmethod
    def c(cls): return cls.__name__
class Sm2(Sm): pass
print(Sm.s(), Sm().s(), Sm2.c(), Sm2().c(), type(Sm.__dict__['s']).__name__)
print(Sm.__dict__['c'].__func__.__name__, Sm.__dict__['s'].__func__.__name__)
class Slot:
    __slots__ = ('a',)
s = Slot()
try: s.a
except AttributeError as e: print('AttributeError', e)

class GA:
    def __getattr__(self, n): return 'ga:' + n
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError(n)
        return object.__getattribute__(self, n)
g = GA(); g.real = 1
print(g.real, g.boom, g.other)
class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, x=2), callable(Call()), callable(Call))
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True
with Ctx():
    raise ValueError
print('after with')
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), max(It()), 2 in It())
class Rev:
    def __reversed__(self): return iter('cba')
print(list(reversed(Rev())))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
print(list(Seq()), list(reversed(Seq())), 20 in Seq(), list(iter(Seq())))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Cmp({self.v})'
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), min(Cmp(3), Cmp(5)))
try: Cmp(1) <= Cmp(2)
except TypeError as e: print('TypeError', e)
class Del:
    def __delattr__(self, n): print('delattr', n)
    def __setattr__(self, n, v): print('setattr', n, v)
d = Del(); d.x = 1; del d.y
print(type(GA).__name__, GA.__name__, GA.__qualname__, GA.__module__, GA.__bases__, GA.__mro__[-1])
