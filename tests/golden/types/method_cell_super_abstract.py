# Smaller pieces of CPython's object model: bound-method and member reductions, cells as
# objects, function.__type_params__, module.__annotate__, super.__init__ and
# type.__abstractmethods__.
import types


class C:
    __slots__ = ("x",)

    def m(self):
        pass


c = C()
r = C.x.__reduce__()
print(r[0] is getattr, r[1] == (C, "x"))
r = c.m.__reduce__()
print(r[0] is getattr, r[1][0] is c, r[1][1])
bm = c.m
print(bm.__get__(1) is bm, bm.__get__(None, int) is bm, type(bm).__get__ is not None)
print(str.join.__reduce__() == (getattr, (str, "join")))
try:
    dict.__dict__["fromkeys"].__reduce__()
except TypeError as e:
    print("TypeError:", e)

# cells
cell = types.CellType(5)
print(cell.cell_contents, type(cell).__name__)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError:", e)
print(types.CellType() == types.CellType(), types.CellType(1) < types.CellType(2),
      types.CellType(1) == types.CellType(1), types.CellType() < types.CellType(1),
      types.CellType(1) > types.CellType(), types.CellType(2) != types.CellType(2))
print(type(cell).__hash__)
for bad in [lambda: hash(cell), lambda: cell < 3, lambda: types.CellType(1, 2),
            lambda: types.CellType(x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# function.__type_params__
def f():
    pass


print(f.__type_params__)
f.__type_params__ = (1,)
print(f.__type_params__)
for bad in [lambda: setattr(f, "__type_params__", [1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    del f.__type_params__
except TypeError as e:
    print("TypeError:", e)
for bad in [5, "x"]:
    try:
        f.__annotate__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del f.__annotate__
except TypeError as e:
    print("TypeError:", e)

# module.__annotate__
m = types.ModuleType("m")
print("__annotate__" in m.__dict__, m.__annotate__, "__annotate__" in m.__dict__)
m.__annotations__ = {"a": int}
m.__annotate__ = lambda fmt: {"b": str}
print("__annotations__" in m.__dict__, m.__annotate__(1))
try:
    m.__annotate__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del m.__annotate__
except TypeError as e:
    print("TypeError:", e)


# super.__new__ and super.__init__
class A:
    def f(self):
        return "A.f"

    @classmethod
    def c(cls):
        return "A.c " + cls.__name__


class B(A):
    def f(self):
        return "B>" + super().f()

    @classmethod
    def c(cls):
        return "B>" + super().c()


print(B().f(), B.c(), super(B, B()).f(), super(B, B).c())
print(super(B, None), super(B))
print(super(B).__get__(B()).f())
s = super.__new__(super)
print(s, s.__thisclass__, s.__self__, s.__self_class__)
s.__init__(B, B())
print(s, s.f())
super.__init__(s, A, B())
print(s.__thisclass__.__name__)
try:
    super.__init__(s)
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in [lambda: super(1, 2), lambda: super(B, 1), lambda: super(B, int),
            lambda: super(B, 1, 2), lambda: super(B, x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class MySuper(super):
    pass


print(MySuper(B, B()).f(), type(MySuper(B, B())).__name__)

# type.__abstractmethods__ by hand (abc.ABCMeta sets it)
print(type.__dict__["__abstractmethods__"])
for cls in [type, C]:
    try:
        cls.__abstractmethods__
    except AttributeError as e:
        print("AttributeError:", e)


class D:
    pass


D.__abstractmethods__ = frozenset({"b", "a"})
print(D.__flags__ & (1 << 20) != 0)
try:
    D()
except TypeError as e:
    print("TypeError:", e)
D.__abstractmethods__ = ["q"]
try:
    D()
except TypeError as e:
    print("TypeError:", e)
D.__abstractmethods__ = ()
print(type(D()).__name__, D.__flags__ & (1 << 20))
del D.__abstractmethods__
try:
    del D.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.__abstractmethods__ = ()
except TypeError as e:
    print("TypeError:", e)
