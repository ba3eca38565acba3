class M(type):
    def mro(cls):
        return [cls, object] if cls.__name__ == 'C' else super().mro()
class A:
    x = 'A'
class C(A, metaclass=M):
    pass
print(C.__mro__, hasattr(C, 'x'), C.mro())
class R(type):
    def mro(cls):
        return list(reversed(super().mro()))[:-1] + [cls] if cls.__name__ == 'D' else super().mro()
class B1:
    v = 1
class B2:
    v = 2
class D(B1, B2, metaclass=R):
    pass
print([k.__name__ for k in D.__mro__], D.v)
class Bad(type):
    def mro(cls):
        return [cls, 1]
try:
    class E(metaclass=Bad): pass
except TypeError as e: print(e)
class Plain(A): pass
print(Plain.__mro__)
