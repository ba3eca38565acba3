# The builtin iterators reduce to what rebuilds them part-way through, and
# __setstate__ clamps the index the way each CPython type does.
import copy


def describe(x):
    # The reduce values without addresses: iterators and instances by type name.
    if isinstance(x, tuple):
        return "(" + ", ".join(describe(v) for v in x) + ("," if len(x) == 1 else "") + ")"
    if isinstance(x, (list, str, bytes, bytearray, range, int)) or x is None:
        return repr(x)
    if callable(x) and hasattr(x, "__name__"):
        return x.__name__
    return "<" + type(x).__name__ + ">"


def show(it, advance=1):
    for _ in range(advance):
        next(it, None)
    print(type(it).__name__, describe(it.__reduce__()))


show(iter([1, 2, 3]))
show(iter([1]), 2)
show(iter((1, 2, 3)))
show(iter((1,)), 2)
show(iter(range(2, 20, 3)))
show(iter(range(2, 20, 3)), 10)
show(iter(range(5)[::-1]))
show(iter(range(10**20, 10**20 + 5)))
show(iter("abc"))
show(iter("abc"), 5)
show(iter("aé"))
show(iter(b"abc"))
show(iter(b"abc"), 5)
show(iter(bytearray(b"abc")))
show(iter(bytearray(b"ab")), 3)
show(iter({1: 2, 3: 4}))
show(iter({1: 2, 3: 4}.values()))
show(iter({1: 2, 3: 4}.items()))
show(reversed({1: 2, 3: 4}), 0)
show(reversed({1: 2, 3: 4}.values()), 0)
show(reversed({1: 2, 3: 4}.items()), 0)
show(iter({1, 2, 3}))
show(iter({1, 2, 3}), 5)
show(reversed([1, 2, 3]))
show(reversed([1, 2, 3]), 5)
show(reversed((1, 2, 3)))
show(reversed((1, 2, 3)), 5)
show(enumerate("ab", 5))
show(zip("ab", [1, 2]))
show(zip("ab", [1, 2], strict=True))
show(map(len, ["a"]))
show(map(len, ["a"], strict=True))
show(filter(None, [0, 1]))
show(iter(lambda: 1, 2))
show(iter(lambda: 1, 1))


class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i
        raise IndexError

    def __len__(self):
        return 4


show(iter(Seq()))
show(iter(Seq()), 5)
show(reversed(Seq()))
show(reversed(Seq()), 10)

# The dict iterator's reduce drains a copy: the iterator itself goes on.
it = iter({"a": 1, "b": 2, "c": 3})
next(it)
print(it.__reduce__()[1], list(it))

makers = [
    lambda: iter([1, 2, 3, 4]),
    lambda: iter((1, 2, 3, 4)),
    lambda: iter("abcd"),
    lambda: iter("abcé"),
    lambda: iter(b"abcd"),
    lambda: iter(bytearray(b"abcd")),
    lambda: iter(range(4)),
    lambda: iter(range(4)[::-1]),
    lambda: iter(range(10**20, 10**20 + 4)),
    lambda: reversed([1, 2, 3, 4]),
    lambda: reversed((1, 2, 3, 4)),
    lambda: iter(Seq()),
]
for make in makers:
    results = []
    for index in [-5, -1, 0, 2, 3, 4, 10]:
        it = make()
        it.__setstate__(index)
        results.append(list(it))
    print(type(make()).__name__, results)
    for bad in [1.5, "x"]:
        try:
            make().__setstate__(bad)
        except TypeError as e:
            print("  ", type(e).__name__, e)

z = zip("ab", "c")
z.__setstate__(True)
try:
    print(list(z))
except ValueError as e:
    print("ValueError:", e)
m = map(pow, [1, 2], [1])
m.__setstate__(1)
try:
    print(list(m))
except ValueError as e:
    print("ValueError:", e)
print(len(m.__reduce__()))

for call in [lambda: iter([]).__reduce__(1), lambda: iter([]).__setstate__(),
             lambda: iter(range(3)).__setstate__(1, 2), lambda: zip().__setstate__()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# copy and deepcopy go through __reduce_ex__ and rebuild the iterator where it stands.
it = iter([1, 2, 3])
next(it)
c = copy.copy(it)
print(list(c), list(it))
it = enumerate("abc")
next(it)
c = copy.deepcopy(it)
print(list(c), list(it))
it = iter(range(0, 100, 7))
next(it)
print(list(copy.copy(it)) == list(it))
r = reversed([1, 2, 3])
next(r)
print(list(copy.copy(r)), list(r))
s = iter("héllo")
next(s)
print(list(copy.copy(s)), list(s))
