# The call slot: functions, builtins, methods, descriptors, classes, staticmethods and
# instances with __call__; __call__ on builtins is a slot wrapper.
def f(x): return x * 2
print(type(f).__call__(f, 3), f.__call__(4), type(f).__dict__["__call__"])
print(len.__call__([1, 2]), type([].append.__call__).__name__, type(print).__call__(print, "via call"))
class C:
    def __call__(self, y): return ("C", y)
c = C()
print(c(1), C.__call__(c, 2), callable(c), callable(C), callable(5))
class M(type): pass
class K(metaclass=M): pass
print(type(K()).__name__, type.__call__(K).__class__.__name__)
sm = staticmethod(f)
print(sm(5))
try:
    n = 5
    n()
except TypeError as e:
    print("TypeError:", e)
class Cyc: pass
Cyc.__call__ = Cyc()
try:
    Cyc()()
except RecursionError as e:
    print("RecursionError")
print(int.__add__.__call__(1, 2), (1).__add__.__call__(5))
