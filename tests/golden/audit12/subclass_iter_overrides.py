# A builtin subclass's own __iter__ is what unpacking, join, set(), sorted(), zip, map and
# *args use; other methods and operators return the base type.
class D(dict):
    def __iter__(self): return iter(['z'])
d = D(a=1)
print(list(d), dict(d), list(d.keys()), {**d}, sorted(d), [*d])
class L(list):
    def __iter__(self): return iter(['z'])
l = L([1, 2])
print(list(l), [*l], tuple(l), sorted(l), ''.join(L(['a'])), set(l), dict.fromkeys(l))
a, *b = L([1, 2, 3]); print(a, b)
print(max(L([5, 6])), min(L([5])), list(zip(L([1]), [2])), list(enumerate(L([1]))), list(map(str, L([1]))))
class S(set):
    def __iter__(self): return iter([42])
print(list(S({1})), sorted(S({1})), [*S({1})], frozenset(S({1})), set(S({1})))
class T(tuple):
    def __iter__(self): return iter(['t'])
print(list(T((1,))), [*T((1,))], tuple(T((1,))), ''.join(T(('a',))))
def f(*a): return a
print(f(*L([1, 2])), f(*T((1,))))
class Str(str):
    def __iter__(self): return iter('Q')
print(list(Str('ab')), [*Str('ab')], ''.join(Str('ab')), set(Str('a')), tuple(Str('ab')))

class T2(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def __iter__(self): return iter(['i1', 'i2'])
t = T2(1, 2)
print(t, t[0], len(t), list(t), tuple(t), [x for x in t])
x, y = t; print(x, y)
print(*t)
class S2(str):
    def __iter__(self): return iter('XY')
    def upper(self): return 'custom upper'
s = S2('ab')
print(list(s), ''.join(s), s.upper(), s + 'c', type(s + 'c').__name__, type(s[:]).__name__, s == 'ab', hash(s) == hash('ab'))
print(str(s), type(str(s)).__name__, f'{s}', '%s' % s, type(s.strip()).__name__)
class Ne(str):
    def __ne__(self, o): return 'ne'
print(Ne('a') != 'a', Ne('a') == 'a')
class P(tuple): pass
print(P((1, 2)) + (3,), type(P((1,)) + (3,)).__name__, P((1,)) * 2, P() == ())
class ML(list):
    def append(self, x): print('my append'); super().append(x)
    def __setitem__(self, i, v): print('setitem', i); super().__setitem__(i, v)
    def __delitem__(self, i): print('delitem', i); super().__delitem__(i)
ml = ML([1, 2, 3])
ml.append(4); ml[0] = 9; del ml[1]; ml.extend([5]); ml += [6]
print(ml, type(ml).__name__, type(ml + [1]).__name__, type(ml * 2).__name__, type(ml[:]).__name__, type(ml.copy()).__name__)
class MD(dict):
    def __setitem__(self, k, v): print('setitem', k); super().__setitem__(k, v)
    def keys(self): print('keys'); return super().keys()
md = MD()
md['a'] = 1
md.update(b=2); md.setdefault('c', 3)
print(md, dict(md), {**md})
print(MD.fromkeys('xy', 0), type(MD.fromkeys('x')).__name__)
e = {}
e.update(md); print(e)
class M:
    def keys(self): return ['k']
    def __getitem__(self, k): return k.upper()
print(dict(M()), {**M()})
