# The descriptor slots (tp_descr_get/tp_descr_set): __get__/__set__/__delete__ of functions,
# builtin methods, staticmethod, classmethod, property (and subclasses), __slots__ members and
# getset descriptors are slot wrappers; classes with __get__ get the generic slot.
def f(self): return ("f", self)
class C: pass
c = C()
print(f.__get__(c)() == ("f", c), type(f.__get__(c)).__name__, f.__get__(None, C) is f)
print(type(list.append.__get__([])).__name__, type(dict.__dict__["fromkeys"].__get__(None, dict)).__name__)
p = property(lambda s: 42)
print(p.__get__(c), p.__get__(None, C) is p)
try:
    p.__set__(c, 1)
except AttributeError as e:
    print("AttributeError:", e)
sm = staticmethod(f); cm = classmethod(f)
print(sm.__get__(c) is f, cm.__get__(c)()[1] is C)
class S:
    __slots__ = ("a",)
m = S.__dict__["a"]
s = S()
m.__set__(s, 9)
print(m.__get__(s), s.a)
m.__delete__(s)
print(hasattr(s, "a"))
class Desc:
    def __get__(self, obj, cls): return ("desc", obj is None)
class K:
    d = Desc()
print(K.d, K().d)
class CP(property): pass
class U:
    @CP
    def v(self): return "cp"
print(U().v)
print(type(type.__dict__["__name__"].__get__(int)).__name__)
