# Attribute access sites remember what they found for a class; every change that CPython
# would see must be seen here too (ouro's inline caches, CPython's specialized instructions).

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


def read_x(p):
    return p.x


def call_norm(p):
    return p.norm()


def set_x(p, v):
    p.x = v


p = Point(1, 2)
for _ in range(5):
    read_x(p)
    call_norm(p)
    set_x(p, 3)
print("warm:", read_x(p), call_norm(p))

# A property added to the class later wins over the instance attribute.
Point.x = property(lambda self: "property x")
print("property:", read_x(p))
del Point.x
print("property gone:", read_x(p))

# A setter-less property makes the store fail.
Point.x = property(lambda self: 0)
try:
    set_x(p, 5)
except AttributeError:
    print("AttributeError: no setter")
del Point.x
set_x(p, 7)
print("store again:", read_x(p))

# An instance attribute shadows the method.
p.norm = lambda: "shadowed"
print("shadow:", call_norm(p))
del p.norm
print("unshadowed:", call_norm(p))

# A different class at the same site.
class Other:
    x = "class x"

    def norm(self):
        return "other norm"


o = Other()
print("other:", read_x(o), call_norm(o))
o.x = "instance x"
print("other instance:", read_x(o))
del o.x
print("other class attr:", read_x(o))
print("back:", read_x(p), call_norm(p))

# __getattribute__ and __setattr__ added later.
def getattribute(self, name):
    return "intercepted " + name


Point.__getattribute__ = getattribute
print("getattribute:", read_x(p), call_norm(p) if False else "")
del Point.__getattribute__
log = []


def setattr_hook(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)


Point.__setattr__ = setattr_hook
set_x(p, 11)
print("setattr:", log, read_x(p))
del Point.__setattr__
set_x(p, 12)
print("setattr gone:", log, read_x(p))

# A base class gaining a data descriptor.
class Base:
    pass


class Derived(Base):
    def __init__(self):
        self.x = "derived x"


d = Derived()
for _ in range(3):
    read_x(d)
Base.x = property(lambda self: "base property")
print("base property:", read_x(d))
del Base.x
print("base property gone:", read_x(d))

# Deleting the attribute: the class attribute, then __getattr__, then AttributeError.
class WithFallback:
    x = "fallback class attr"

    def __getattr__(self, name):
        return "getattr " + name


w = WithFallback()
w.x = 1
print(read_x(w))
del w.x
print(read_x(w))
del WithFallback.x
print(read_x(w))
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)

# Keys that are equal but not the same string object.
q = Point(1, 2)
name = "".join(["x"])
setattr(q, name, "joined x")
print("joined:", read_x(q))
set_x(q, "direct")
print("joined store:", getattr(q, name), vars(q))

# A str subclass key with its own __eq__ and __hash__.
class Key(str):
    def __hash__(self):
        return hash("x")

    def __eq__(self, other):
        print("Key.__eq__ called")
        return str.__eq__(self, other)


r = Point(1, 2)
r.__dict__[Key("x")] = "subclass key"
print("subclass key:", read_x(r))

# The __dict__ materialized and changed behind the site's back.
s = Point(1, 2)
for _ in range(3):
    read_x(s)
vars(s)["x"] = "via __dict__"
print("dict:", read_x(s))
s.__dict__.clear()
try:
    read_x(s)
except AttributeError as e:
    print("AttributeError:", e)

# Many attributes set at one site: the 30th materializes __dict__ as before.
def fill(obj, names):
    for n in names:
        setattr(obj, n, n)


t = Point(0, 0)
fill(t, ["a%d" % i for i in range(40)])
print(len(vars(t)), read_x(t))

# Classes created and dropped in a loop (addresses reused) never see a stale entry.
def make(i):
    class C:
        def __init__(self):
            self.x = i

        def norm(self):
            return -i

    obj = C()
    if i % 2:
        C.x = property(lambda self: "odd %d" % i)
    return obj


print([(read_x(make(i)), call_norm(make(i))) for i in range(6)])
