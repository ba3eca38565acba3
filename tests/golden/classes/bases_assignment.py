class A:
    def f(self): return 'A'
class B:
    def f(self): return 'B'
class C(A): pass
class D(C): pass
c = C()
print(c.f(), D().f())
C.__bases__ = (B,)
print(C.__bases__, C.__mro__, c.f(), D().f(), D.__mro__)
print(A.__subclasses__(), B.__subclasses__())
for bad in [(), 5, (int,), (D,), (1,)]:
    try:
        C.__bases__ = bad
    except TypeError as e: print('TypeError', e)
try:
    del C.__bases__
except TypeError as e: print('TypeError', e)
try:
    int.__bases__ = (object,)
except TypeError as e: print('TypeError', e)
C.__bases__ = (A, B)
print(C.__mro__, c.f())
