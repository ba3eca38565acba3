# Subclasses of builtin containers: their own dunders win over the builtin behaviour, and what
# they do not override behaves as the base does (CPython's type slots, inherited and updated).
class L(list):
    def __len__(self):
        return 42
    def __getitem__(self, i):
        return ("item", i)
    def __iter__(self):
        return iter("xyz")
    def __contains__(self, x):
        return x == "magic"

l = L([1, 2])
print(len(l), l[0], l[5], list(l), "magic" in l, 1 in l, bool(l))
print(list.__len__(l), list.__getitem__(l, 0), list.__contains__(l, 1))
for x in l:
    print("iter:", x)

class T(tuple):
    def __len__(self):
        return 0
print(bool(T((1, 2))), len(T((1, 2))), bool(T()))

class Plain(list):
    pass
print(bool(Plain()), bool(Plain([0])), len(Plain([1, 2, 3])), Plain([4, 5])[1], 5 in Plain([5]))

print(bool(set()), bool({1}), bool(frozenset()), bool(frozenset([0])))
print(bool({}.keys()), bool({1: 2}.keys()), bool({}.values()), bool({}.items()), bool({1: 2}.items()))
print(bool(range(0)), bool(range(3)), bool(b""), bool(bytearray()), bool(""), bool(()))

s = {1, 2, 3}
n = 0
while s:
    s.pop()
    n += 1
print("popped", n)

class D(dict):
    def __getitem__(self, k):
        return "always"
d = D(a=1, b=2)
print(list(d), d["zzz"], d.get("a"), [k for k in d])

class Counting(dict):
    def __len__(self):
        return 99
    def __contains__(self, k):
        return True
c = Counting(x=1)
print(len(c), "nope" in c, bool(Counting()), list(c))

class S(str):
    def __len__(self):
        return 7
    def __getitem__(self, i):
        return "!"
    def __contains__(self, x):
        return False
st = S("hello")
print(len(st), st[0], "h" in st, list(st), st.upper())

# Dunders set on the class after it was created, and removed again.
class Late(list):
    pass
late = Late([1, 2, 3])
print(len(late), bool(Late()))
Late.__len__ = lambda self: 100
print(len(late), bool(Late()))
Late.__bool__ = lambda self: False
print(bool(late))
del Late.__len__
del Late.__bool__
print(len(late), bool(late), bool(Late()))

# A base's dunder set later reaches its subclasses.
class Base:
    pass
class Child(Base):
    pass
child = Child()
try:
    len(child)
except TypeError as e:
    print("TypeError:", e)
Base.__len__ = lambda self: 5
print(len(child), bool(child))
Base.__iter__ = lambda self: iter([1, 2])
print(list(child), 2 in child)

# __len__ results are checked as CPython checks them.
class Bad:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in [-1, 2**70, "3", 3.0, True]:
    try:
        print(len(Bad(n)))
    except Exception as e:
        print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    1 in NoIter()
except TypeError as e:
    print("TypeError:", e)

# The builtins' dunders are real methods that run the builtin's own code.
print([1, 2].__getitem__(0), [1, 2].__len__(), {1}.__contains__(1), (5, 6).__getitem__(-1))
print("abc".__getitem__(1), "abc".__contains__("bc"), b"xy".__len__(), range(10).__getitem__(3))
print({"k": 1}.__getitem__("k"), {"k": 1}.__contains__("j"), list(iter([3, 4]).__iter__()))
print(tuple.__len__((1, 2, 3)), str.__len__(S("abcd")), dict.__len__(Counting(a=1, b=2)))
try:
    list.__len__((1, 2))
except TypeError as e:
    print("TypeError:", e)
