# Attribute access through the getattro/setattro slots: dunders set or deleted after class
# creation, builtin __getattribute__/__setattr__ as slot wrappers, metaclass hooks.
print(type(object.__dict__['__getattribute__']).__name__, object.__getattribute__)
print(type(type.__dict__['__getattribute__']).__name__, type.__dict__['__setattr__'])
print(object.__setattr__.__qualname__, object.__delattr__.__text_signature__)

class C:
    x = 1
c = C()
print(getattr(c, 'missing', 'default'))
C.__getattr__ = lambda self, name: 'hooked ' + name
print(c.missing, c.x)
del C.__getattr__
print(hasattr(c, 'missing'))

class Logged:
    def __getattribute__(self, name):
        print('get', name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print('set', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
class Sub(Logged):
    pass
s = Sub()
s.a = 5
print(s.a)
del s.a
print(hasattr(s, 'a'))

class Meta(type):
    def __getattr__(cls, name):
        return f'{cls.__name__}.{name} from Meta'
class K(metaclass=Meta):
    y = 2
print(K.y, K.nope, type.__getattribute__(K, 'y'))

class WithGetattr:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name == 'boom':
            raise KeyError(name)
        raise AttributeError(f'no {name}', name=name, obj=self)
w = WithGetattr()
print(w.real)
try:
    w.other
except AttributeError as e:
    print(e, e.name, e.obj is w)
try:
    w.boom
except KeyError as e:
    print('KeyError', e)

class Prop:
    @property
    def p(self):
        raise AttributeError('inside')
    def __getattr__(self, name):
        return 'fallback ' + name
print(Prop().p)

for bad in ("object.__getattribute__(c, 5)", "object.__setattr__(c, 5, 1)",
            "object.__delattr__(c, b'x')", "object.__getattribute__(c)",
            "object.__setattr__(1, 'x', 2)", "setattr(int, 'x', 1)", "type.__setattr__(int, 'x', 1)"):
    try:
        eval(bad)
    except (TypeError, AttributeError) as e:
        print(bad, '->', type(e).__name__, e)

m = type(__import__('sys'))('dynamic')
m.__getattr__ = lambda name: 'module attr ' + name
print(m.anything)
del m.__getattr__
try:
    m.anything
except AttributeError as e:
    print(e)

class Bound:
    def f(self):
        pass
Bound.f.tag = 'tagged'
print(Bound().f.tag, Bound().f.__name__)
try:
    Bound().f.nothing
except AttributeError as e:
    print(e)
