class C:
    """doc"""
    x = 1
    def f(self): pass
d = C.__dict__
print(type(d).__name__, type(vars(C)).__name__, type(int.__dict__).__name__)
print(d['x'], 'x' in d, 'y' in d, d.get('x'), d.get('y'), d.get('y', 5))
print(len(d) == len(list(d)), sorted(k for k in d if not k.startswith('__')))
print(sorted(d.keys())[:3], type(d.keys()).__name__, type(d.copy()).__name__)
try:
    d['y'] = 2
except TypeError as e: print(e)
try:
    del d['x']
except TypeError as e: print(e)
try:
    d['zz']
except KeyError as e: print('KeyError', e)
try:
    d |= {}
except TypeError as e: print(e)
print(sorted((d | {'q': 1}).keys())[-1], type(d | {}).__name__, type({} | d).__name__)
try: hash(d)
except TypeError as e: print(e)
MP = type(d)
m = MP({'a': 1, 'b': 2})
print(m, str(m), repr(m), list(reversed(m)), m == {'a': 1, 'b': 2}, m != {})
print(m.items(), m.values(), list(m))
for bad in ([1], (1,), 5):
    try: MP(bad)
    except TypeError as e: print(e)
try: MP()
except TypeError as e: print(e)
print(MP(mapping={'k': 0}))
print(MP('abc')[1])
try:
    class Sub(MP): pass
except TypeError as e: print(e)
print(MP[int])
import gc
print(gc.is_tracked(m))
print(C.__dict__['f'].__name__, int.__dict__['__add__'])
print(repr(type(None).__dict__)[:12])
try: m.x = 1
except AttributeError as e: print(e)
try: d.get()
except TypeError as e: print(e)
try: d.keys(1)
except TypeError as e: print(e)
C.y = 7
print(d['y'], len(d) == len(C.__dict__))
