# dict subclasses' __missing__ (set late, None, raising, storing), and repr/str/format overrides
# of builtin subclasses seen through containers, f-strings and %-formatting.
class D(dict):
    def __missing__(self, k):
        print('missing', k); return k * 2
d = D(a=1)
print(d['a'], d['zz'], d.get('q'), 'q' in d, d)
class D2(dict): pass
D2.__missing__ = lambda self, k: 'late'
print(D2()['x'])
class D3(dict):
    __missing__ = None
try: D3()['x']
except TypeError as e: print('TypeError', e)
class C(dict):
    def __missing__(self, k): raise KeyError(('custom', k))
try: C()['x']
except KeyError as e: print('KeyError', e)
class Dd(dict):
    def __missing__(self, k):
        self[k] = v = []
        return v
dd = Dd()
dd['a'].append(1); dd['a'].append(2); dd['b']
print(dd)

class L(list):
    def __repr__(self): return 'L!'
class RD(dict):
    def __repr__(self): return 'D!'
class I(int):
    def __repr__(self): return 'I!'
    def __str__(self): return 'Istr'
class S(str):
    def __repr__(self): return 'S!'
print([L(), RD(), I(3), S('x')], (I(1),), {1: I(2)}, {S('k'): 0})
print(str(I(5)), f'{I(5)}', f'{I(5)!r}', format(I(5)), '%s %r %d' % (I(5), I(5), I(5)))
print(I(5) + 1, repr(I(5) + 1), str(L([1])), str(RD(a=1)))
class F(float):
    def __repr__(self): return 'F!'
print(F(1.5), [F(1.5)], f'{F(1.5)}', f'{F(1.5):.2f}')
class B(int):
    pass
print(repr(B(3)), str(B(3)), f'{B(3):04d}')
class Fm(int):
    def __format__(self, spec): return 'Ifmt' + spec
print(f'{Fm(3):d}', format(Fm(3)), '{}'.format(Fm(3)), str(Fm(3)))
class U(str):
    def __str__(self): return 'Ustr'
print(str(U('a')), f'{U("a")}', '%s' % U('a'))
print(U('a'))
