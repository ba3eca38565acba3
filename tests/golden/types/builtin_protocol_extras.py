import operator
for mk in [lambda: iter([1,2,3]), lambda: iter((1,2,3)), lambda: iter('hello'), lambda: iter(range(5)), lambda: reversed([1,2,3]), lambda: iter({1:2, 3:4}), lambda: iter({1:2,3:4}.values()), lambda: iter({1:2}.items()), lambda: iter({1,2,3}), lambda: iter(b'abc'), lambda: iter(bytearray(b'ab')), lambda: reversed((1, 2)), lambda: reversed('ab')]:
    it = mk()
    a = it.__length_hint__(); next(it); b = operator.length_hint(it)
    print(type(it).__name__, a, b, list(it), it.__length_hint__())
d = {1: 2, 3: 4}
print((1, 2) in d.items(), (1, 3) in d.items(), 1 in d.items(), [1, 2] in d.items(), (5, 2) in d.items())
print(d.keys().mapping, type(d.items().mapping).__name__, d.values().mapping[3])
try: ([], 1) in d.items()
except TypeError as e: print(e)
print(enumerate[int], type(x for x in ())[int])
g = (x for x in range(3)); next(g); g.__del__(); print(list(g))
class L(list):
    def __len__(self): return 10
print(operator.length_hint(iter(L([1]))))
print(float.from_number(3), float.from_number(2.5), float.__getformat__('double'))
class F(float): pass
print(type(F.from_number(True)).__name__, F.from_number(True))
for bad in ['1.5', None]:
    try: float.from_number(bad)
    except TypeError as e: print(e)
try: float.__getformat__('x')
except ValueError as e: print(e)
def f(): pass
print(f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else f.__builtins__ is __builtins__)
class A:
    def m(self): return 'A.m'
class B(A):
    def m(self): return 'B.m'
sup = super(B)
bound = sup.__get__(B())
print(bound.m(), sup.__get__(None, B) is sup, bound.__get__(B()) is bound)
class H:
    x = 1
print(sorted(type.__dir__(H))[-1], type.__prepare__('X', ()), sorted(dir(H))[-1])
import math
print('sqrt' in type(math).__dir__(math))
