# obj.__class__ = C between compatible Python classes (CPython's object_set_class rules and
# messages), and assigning a class's __name__ / __qualname__.
class A:
    def hi(self): return "A"
class B:
    def hi(self): return "B"
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y", "z")
class L1(list): pass
class L2(list): pass
class D(dict): pass
a = A()
a.v = 1
a.__class__ = B
print(a.hi(), type(a).__name__, a.v, isinstance(a, B))
s = S1(); s.x = 5
s.__class__ = S2
print(type(s).__name__, s.x)
l = L1([1, 2]); l.__class__ = L2; print(type(l).__name__, l)
for obj, cls in [(a, 5), (a, int), (1, A), (s, S3), (l, D), (a, S1), ([], L1), (l, list), (A(), object)]:
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
class M(type): pass
class K(metaclass=M): pass
class K2: pass
try:
    K2.__class__ = M
except TypeError as e:
    print("TypeError:", e)
print(type(K2).__name__)
class Named: pass
Named.__name__ = "Renamed"
Named.__qualname__ = "Outer.Renamed"
print(Named.__name__, Named.__qualname__, Named, repr(Named()).split(" at ")[0])
for v in [5, None]:
    try:
        Named.__name__ = v
    except TypeError as e:
        print("TypeError:", e)
try:
    del Named.__name__
except TypeError as e:
    print("TypeError:", e)
print(type(a).__name__, a.__class__.__name__)
class Base:
    def who(self): return "base"
class Child(Base):
    def who(self): return "child"
o = Base()
o.__class__ = Child
print(o.who(), isinstance(o, Child))
import gc
class Tmp: pass
t = Tmp(); t.x = [t]
t.__class__ = A
del t
print(gc.collect())
