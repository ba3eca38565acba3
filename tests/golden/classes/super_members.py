# super objects expose __thisclass__, __self__ and __self_class__.
class A:
    def m(self): return super()
class B(A): pass
b = B()
s = super(A, b)
print(s.__thisclass__, s.__self__ is b, s.__self_class__)
u = super(A)
print(u.__thisclass__, u.__self__, u.__self_class__)
print(type(b.m()).__name__, b.m().__thisclass__)
