# Instances of Python subclasses of list, dict, set and frozenset have a __dict__.
import gc


class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def push(self, x):
        self.append(x)
        self.pushes = getattr(self, "pushes", 0) + 1


s = Stack("s1")
s.push(1)
s.push(2)
print(s, s.name, s.pushes, vars(s), s.__dict__ is s.__dict__)
del s.pushes
print(hasattr(s, "pushes"), sorted(vars(s)))


class Registry(dict):
    pass


r = Registry(a=1)
r.owner = "me"
print(r, r.owner, r.__dict__)


class Tags(set):
    pass


class FrozenTags(frozenset):
    pass


t = Tags({1})
t.label = "t"
f = FrozenTags({2})
f.label = "f"
print(sorted(t), t.label, sorted(f), f.label)


class Deeper(Stack):
    pass


d = Deeper("d")
d.extra = 1
print(d.name, d.extra, type(d).__name__)

# Plain builtins still have no __dict__.
for obj in ([], {}, set()):
    try:
        obj.attr = 1
    except AttributeError as e:
        print("AttributeError:", e)

# __slots__ without __dict__ on a list subclass: no attributes outside the slots.
class Slotted(list):
    __slots__ = ()


try:
    Slotted().x = 1
except AttributeError as e:
    print("AttributeError:", e)

# Cycles through a subclass instance's attributes are collected.
gc.collect()
a = Stack("a")
b = Stack("b")
a.other = b
b.other = a
a.append(b)
del a, b
print("collected:", gc.collect())

reg = Registry()
reg.me = reg
reg["self"] = reg
del reg
print("collected:", gc.collect())


# __slots__ on container subclasses.
class Pair(list):
    __slots__ = ("left", "right")


p = Pair([1])
p.left = "L"
p.right = "R"
print(p, p.left, p.right, hasattr(p, "__dict__"))
try:
    p.other = 1
except AttributeError as e:
    print("AttributeError:", e)
del p.left
try:
    p.left
except AttributeError as e:
    print("AttributeError:", e)


class Counter(dict):
    __slots__ = ("total",)


c = Counter(a=1)
c.total = 5
print(c, c.total)
