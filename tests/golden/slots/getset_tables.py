# Builtin computed attributes live in their type's __dict__ as descriptors, and a class
# statement adds __dict__ and __weakref__ descriptors where its instances first gain them.
import weakref

class E(Exception): pass
class L(list): pass
class I(int): pass
class T(tuple): pass
class S(str): pass
class O: pass
class O2(O): __slots__ = ('x',)
class W: __slots__ = ('__weakref__',)
class Dd: __slots__ = ('__dict__',)
class F(float): pass
class B(bytes): pass
class Dc(dict): pass
class St(set): pass
class M(type): pass
for c in (E, L, I, T, S, O, O2, W, Dd, F, B, Dc, St, M):
    print(c.__name__, sorted(k for k in c.__dict__ if k in ('__dict__', '__weakref__')))

o = O()
print(o.__weakref__)
r = weakref.ref(o)
print(o.__weakref__ is r)
d = O.__dict__['__dict__']
print(d, O.__dict__['__weakref__'])
print(d.__get__(o) is o.__dict__, d.__objclass__, d.__name__, d.__qualname__)
for bad in (lambda: d.__get__(1), lambda: d.__set__(o, 1),
            lambda: O.__dict__['__weakref__'].__set__(o, 1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
o.__dict__ = {'a': 1}
print(o.a, vars(o))

def f():
    "doc"
f.__doc__ = 'x'
print(f.__doc__)
del f.__doc__
print(f.__doc__)
for stmt in ("del f.__name__", "f.__name__ = 3", "f.__qualname__ = None",
             "(1).real = 2", "del f.__globals__", "f.__closure__ = ()",
             "slice(1).start = 2", "range(3).step = 1", "type.__mro__ = ()",
             "int.__name__ = 'x'", "O.__name__ = 5", "del O.__qualname__"):
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(stmt, '->', type(e).__name__, e)
f.__name__ = 'g'
print(f.__name__, f.__qualname__, repr(f)[:14])
for t in (int, float, type, object, BaseException, StopIteration, SystemExit, NameError,
          AttributeError, ImportError, slice, range, property, super, type(f),
          type(len), type(weakref.ref(o))):
    names = sorted(k for k, v in vars(t).items()
                   if type(v).__name__ in ('getset_descriptor', 'member_descriptor'))
    print(t.__name__, [n for n in names if n in (
        'real', 'imag', 'numerator', 'denominator', '__name__', '__qualname__', '__mro__',
        '__bases__', '__base__', '__dict__', '__module__', '__doc__', '__class__', 'args',
        '__cause__', '__context__', '__suppress_context__', '__traceback__', 'value', 'code',
        'name', 'obj', 'start', 'stop', 'step', 'fget', 'fset', 'fdel', '__thisclass__',
        '__self__', '__self_class__', '__code__', '__defaults__', '__kwdefaults__',
        '__globals__', '__closure__', '__func__', '__callback__', '__annotations__')])

print(int.real, type(int.__dict__['real']).__name__, int.real.__get__(True))
print(E('a').args, StopIteration(5).value, SystemExit(2, 3).code, OSError(2, 'no').errno)
e = NameError('x', name='y')
print(e.name)
e.name = 'z'
print(e.name)
print(super(L, L()).__thisclass__, super(L, L()).__self_class__)
e = ImportError('m', name='n', path='p')
print(e.name, e.path, e.msg, e.name_from, e.args)
for make in (lambda: NameError('x', foo=1), lambda: ValueError('x', foo=1),
             lambda: AttributeError('a', name='n', obj=3, z=1),
             lambda: StopIteration(1, x=2)):
    try:
        make()
    except TypeError as e:
        print(e)
class N(NameError):
    def __init__(self):
        super().__init__('hi', name='w')
print(N().name, N().args)
