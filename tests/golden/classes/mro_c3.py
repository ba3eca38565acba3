# C3 method resolution order for diamond and complex hierarchies.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [k.__name__ for k in cls.__mro__]
print(names(Z))
class Top:
    def who(self):
        return "Top"
class L(Top):
    def who(self):
        return "L"
class R(Top):
    def who(self):
        return "R"
class Bottom(L, R): pass
print(names(Bottom), Bottom().who())
print(Bottom.mro() == list(Bottom.__mro__))
print(names(bool), names(object))
