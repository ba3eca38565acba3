class A:
    def __init__(self, **kw):
        super().__init__(**kw)
try: A(x=1)
except TypeError as e: print(e)
A()
class B:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
try: B(1)
except TypeError as e: print(e)
print(type(B()).__name__)
class C:
    def __new__(cls, *a):
        return super().__new__(cls)
C(1, 2)
class D:
    def __init__(self, *a): pass
D(1); object.__new__(D, 1)
try: object()
except TypeError as e: print(e)
try: object(1)
except TypeError as e: print(e)
class E: pass
try: E(1)
except TypeError as e: print(e)
try: object.__init__(E(), 1)
except TypeError as e: print(e)
class F:
    def __new__(cls):
        return object.__new__(G)
    def __init__(self): print('F init')
class G(F):
    def __init__(self): print('G init')
F()
class Ex(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
print(Ex(1, 2).args)
class I(int):
    def __float__(self): return 9.5
class Fl(float):
    def __int__(self): return 7
    def __round__(self, n=None): return 'R'
    def __float__(self): return 1.25
import math
print(float(I(5)), int(Fl(2.5)), round(Fl(2.5)), float(Fl(2.5)), math.sqrt(Fl(4.0)), math.sqrt(I(4)))
class J(int): pass
class G(float): pass
print(float(J(3)), int(G(2.7)), round(G(2.5)), round(J(15), -1), round(True), type(round(J(3))).__name__)
