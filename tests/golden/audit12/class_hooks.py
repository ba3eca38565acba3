# __init_subclass__ with keywords, __class_getitem__, __set_name__, metaclass keywords and
# __prepare__, dunders defined on a metaclass, and the numeric hook dunders.
class Base:
    subs = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subs.append(cls.__name__)
class A(Base, tag='a'): pass
class B(A): pass
print(A.tag, B.tag, Base.subs)
try:
    class C(Base, bogus=1): pass
except TypeError as e: print('TypeError', e)
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(G[int], G[1, 2])
class G2(G): pass
print(G2['x'])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
try: int[1]
except TypeError as e: print('TypeError', e)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('M.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class X(metaclass=M, flag=1):
    y = 1
print(type(X).__name__)
class Order:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name)
class Y:
    def __init_subclass__(cls): print('init_subclass', cls.__name__)
class Z(Y):
    a = Order(); b = Order()

class Meta(type):
    def __getattr__(cls, n): return 'meta:' + n
    def __len__(cls): return 3
    def __iter__(cls): return iter([1, 2])
    def __getitem__(cls, k): return ('mgi', k)
    def __contains__(cls, x): return x == 'in'
    def __repr__(cls): return 'MetaRepr'
class K(metaclass=Meta): pass
print(K.nope, len(K), list(K), K[5], 'in' in K, repr(K), [K])
class P(type):
    @classmethod
    def __prepare__(mcls, name, bases): print('prepare', name); return {'injected': 1}
class Q(metaclass=P): pass
print(Q.injected)
class Dir:
    def __dir__(self): return ['b', 'a']
print(dir(Dir()))
class R:
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
import math
print(round(R()), round(R(), 2), math.trunc(R()), math.floor(R()), math.ceil(R()))
class Abs:
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
print(abs(Abs()), -Abs(), +Abs(), ~Abs())
class Idx:
    def __index__(self): return 1
print([10, 20][Idx()], 'ab'[Idx()], bin(Idx()), (5).__lshift__(Idx()), [0] * Idx(), range(Idx()))
class I(int):
    def __index__(self): return 2
    def __int__(self): return 3
print([10, 20, 30][I(0)], hex(I(0)), range(I(5))[-1], int(I(7)))
class Bo(int):
    def __bool__(self): return False
print(bool(Bo(5)), not Bo(5), 'yes' if Bo(5) else 'no')
class N(int):
    def __neg__(self): return 'neg'
    def __lt__(self, o): return 'lt'
print(-N(1), N(1) < 2, 2 > N(1))
