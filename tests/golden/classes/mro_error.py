# A class hierarchy without a consistent MRO is a TypeError at class creation.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
print("before")
class C(A, B): pass
print("not reached")
