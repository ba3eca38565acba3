print(type(int.__new__).__name__, repr(int.__new__)[:35], int.__new__.__self__, int.__new__.__qualname__, int.__new__.__name__)
print(type(int.__dict__['__new__']).__name__, int.__dict__['__new__'] is int.__new__)
print(object.__new__(object).__class__, int.__new__(int, 5), int.__new__(bool, 1) if False else 0)
class B(int): pass
print(B.__new__ is int.__new__, type(B.__new__(B, 7)).__name__, B.__new__(B, 7))
for args in [(), (5,), (str,), (bool,)]:
    try: int.__new__(*args)
    except TypeError as e: print(e)
try: object.__new__(B)
except TypeError as e: print(e)
try: object.__new__(5)
except TypeError as e: print(e)
try: object.__new__()
except TypeError as e: print(e)
class C:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, x): self.x = x
print(C(3).x)
class D:
    __new__ = object.__new__
print(type(D()).__name__)
class E(B):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(E(4))
print(list.__new__(list), dict.__new__(dict), tuple.__new__(tuple, [1]))
print(type(None).__new__(type(None)))
print(str.__new__(str, 'a'), float.__new__(float, '1.5'))
try: list.__new__(tuple)
except TypeError as e: print(e)
print(type.__new__(type, 'X', (), {}).__name__)
import weakref
print(type(weakref.ref.__new__).__name__)
print(isinstance(set.__new__, type(len)))
class F(dict):
    pass
print(F.__new__(F), type(F.__new__(F)).__name__)
