# A metaclass __call__ that defers to type.__call__ (super() or explicitly).
class M(type):
    def __call__(cls, *a, **k):
        print("M.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
class C(metaclass=M):
    def __init__(self, x=0): self.x = x
c = C(5)
print(type(c).__name__, c.x)
class M2(type):
    def __call__(cls, *a):
        return type.__call__(cls, *a)
class C2(metaclass=M2): pass
print(type(C2()).__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton): pass
print(S() is S())
