# Computed attributes of builtins are getset_descriptor objects in their types' __dict__
# (function.__name__, type.__mro__, int.real, object.__class__, BaseException.args).
def f(): pass
print("__name__" in type(f).__dict__, type(type(f).__dict__["__name__"]).__name__)
print(type.__dict__["__name__"], int.__dict__["real"], object.__dict__["__class__"])
print(int.real, int.real.__get__(5) if hasattr(int.real, "__get__") else 5, (5).real, (2.5).imag)
d = type(f).__dict__["__name__"]
print(d.__name__, d.__qualname__, d.__objclass__)
print(type(f).__dict__["__code__"].__objclass__ is type(f))
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    type(f).__dict__["__name__"].__get__ if False else None
except Exception as e:
    print(e)
f.__name__ = "g"
print(f.__name__, f.__qualname__)
e = ValueError(1)
e.args = (2, 3)
print(e.args, e.__cause__, e.__suppress_context__)
class C: pass
c = C()
print(c.__class__ is C, C.__mro__, C.__bases__, C.__base__)
class W:
    __class__ = int
print(W().__class__, isinstance(W(), int))
print(vars(C)['__doc__'], sorted(k for k in type.__dict__ if k in ('__name__', '__mro__', '__dict__')))
