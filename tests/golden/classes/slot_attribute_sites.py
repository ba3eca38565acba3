# Loads and stores of __slots__ members from one site, over several classes, with the
# cases that must not take a remembered slot: an empty slot (AttributeError or
# __getattr__), a class attribute that replaces the member descriptor, a property in a
# subclass, and __setattr__ defined later. A replaced slot value dies at the store.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Loose(Point):
    pass  # has a __dict__ as well


def total(points):
    return sum(p.x * 10 + p.y for p in points)


pts = [Point(1, 2), Point3(3, 4, 5), Loose(6, 7), Point(8, 9)]
for _ in range(3):
    print(total(pts))

pts[2].extra = "dict attribute"
print(pts[2].extra, total(pts))

# An empty slot: AttributeError from the same site that read it before.
del pts[0].y
for _ in range(2):
    try:
        print(total(pts))
    except AttributeError as e:
        print("AttributeError:", e)
pts[0].y = 2


class Fallback(Point):
    __slots__ = ()

    def __getattr__(self, name):
        return -100


f = Fallback(1, 1)
del f.y
print(total([f, Point(1, 1)]), total([f]))


# A property on a subclass shadows the slot of the base.
class Doubled(Point):
    __slots__ = ()

    @property
    def x(self):
        return 2 * Point.x.__get__(self)

    @x.setter
    def x(self, value):
        Point.x.__set__(self, value)


print(total([Point(1, 1), Doubled(1, 1), Point(1, 1)]))


# Stores: the old value dies right there.
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def set_all(points, value_maker):
    for i, p in enumerate(points):
        p.x = value_maker(i)
        print("stored", i)


ps = [Point(0, 0), Point3(0, 0, 0), Point(0, 0)]
set_all(ps, lambda i: Noisy(i))
set_all(ps, lambda i: i)


# __setattr__ added to the class afterwards is honoured by the same site.
def hooked(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


Point.__setattr__ = hooked
set_all(ps, lambda i: i * 2)
print([p.x for p in ps])

# The member descriptor replaced by a plain class attribute.
del Point.__setattr__
Point3.x = "class-level"
print([p.x for p in ps])
try:
    ps[1].x = 5
except AttributeError as e:
    print("AttributeError:", e)
