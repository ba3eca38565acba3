# One attribute instruction running on instances of several classes: a base-class method
# used by subclasses whose instances lay out their attributes differently, where one
# subclass overrides a method, one instance shadows a method, one class gains a data
# descriptor later, and a class attribute is replaced between calls.


class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n

    def describe(self):
        return self.kind + ":" + str(self.n) + ":" + self.tag()

    def tag(self):
        return "b"

    def bump(self):
        self.n = self.n + 1
        return self.n


class A(Base):
    def __init__(self, n):
        self.extra = "a"  # a different attribute order than B's
        super().__init__(n)


class B(Base):
    kind = "bee"

    def tag(self):
        return "B"


class C(Base):
    __slots__ = ()  # still has a __dict__ through Base


def run(objs):
    out = []
    for o in objs:
        out.append(o.describe())
        out.append(o.bump())
    return out


objs = [Base(1), A(2), B(3), C(4), A(5), B(6)]
for _ in range(3):
    print(run(objs))

# An instance shadows a method: only that instance sees its own value.
objs[1].tag = lambda: "shadow"
print(run(objs))
del objs[1].tag
print(run(objs))

# A class attribute changes between calls.
A.kind = "ay"
print(run(objs))
del A.kind
print(run(objs))


# A data descriptor appears on a subclass: it wins over the instance attribute.
class Prop:
    def __get__(self, obj, cls):
        return -1 if obj is not None else self

    def __set__(self, obj, value):
        print("set through descriptor", value)


B.n = Prop()
print(run(objs))
del B.n
print(run(objs))


# Many classes through one site (more than any cache would hold).
classes = [type("K%d" % i, (Base,), {"kind": "k%d" % i}) for i in range(40)]
many = [k(i) for i, k in enumerate(classes)]
for _ in range(2):
    print(sum(o.bump() for o in many), "".join(o.describe()[1] for o in many))

# Same name, different attribute positions, read in one loop.
class P:
    def __init__(self):
        self.x = 1
        self.y = 2


class Q:
    def __init__(self):
        self.y = 20
        self.x = 10


pts = [P(), Q(), P(), Q()]
for _ in range(3):
    print([(p.x, p.y) for p in pts])
