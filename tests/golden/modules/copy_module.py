# copy.copy and copy.deepcopy over builtins, instances, slots, hooks and shared structure.
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


nested = [1, [2, 3], {"k": [4]}, (5, [6]), "s", None, 7.5]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["k"] is nested[2]["k"], deep[3] is nested[3])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is t)

p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q is p, q.y is p.y, r.y is p.y, type(r).__name__)

shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
loop = [1]
loop.append(loop)
dl = copy.deepcopy(loop)
print(dl[1] is dl, dl is not loop)
memo = {}
copy.deepcopy([p, p], memo)
print(len(memo), id(p) in memo, type(memo[id(memo)]).__name__)


class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
s.a = [1]
sc = copy.copy(s)
sd = copy.deepcopy(s)
print(sc.a is s.a, sd.a == s.a, sd.a is s.a, hasattr(sd, "b"))


class Hooks:
    def __init__(self):
        self.v = [1]

    def __copy__(self):
        print("__copy__")
        return "copied"

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return "deep-copied"


print(copy.copy(Hooks()), copy.deepcopy(Hooks()))


class State:
    def __init__(self):
        self.a = 1
        self.secret = "hidden"

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, state):
        print("__setstate__", state)
        self.__dict__.update(state)


st = copy.deepcopy(State())
print(vars(st))


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 10,))


print(copy.copy(Reduced(4)).n)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, md[1] is ml[1], md.tag)
d = {"a": [1]}
print(copy.copy(d)["a"] is d["a"], copy.deepcopy(d)["a"] is d["a"])
print(copy.copy({1, 2}), copy.deepcopy(frozenset({3})), copy.copy(Point), copy.copy(len))
for bad in [(x for x in ()), copy]:
    try:
        copy.deepcopy(bad)
    except TypeError as e:
        print("TypeError:", e)
