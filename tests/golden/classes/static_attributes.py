class C:
    """doc"""
    x = 1
    def __init__(self, a):
        self.b = a
        self.a = a
        other.z = 1 if False else None
    def m(this):
        this.q = 2
        def inner(s):
            s.w = 1
    @staticmethod
    def s(x):
        x.k = 1
print(list(C.__dict__))
print(C.__firstlineno__, C.__static_attributes__)
class D(C): pass
print(list(D.__dict__), D.__static_attributes__)
class E:
    def f(self):
        def g():
            self.nested = 1
        self.a, self.b = 1, 2
        self.c += 1
        for self.loop in ():
            pass
        del self.gone
        (self.walrus_target) = 3
print(E.__static_attributes__)
@staticmethod
def deco(c):
    return c
@deco
class F:
    pass
print(F.__firstlineno__, sorted(F.__dict__))
