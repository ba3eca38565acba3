# Indexing exact lists and tuples with exact ints, and everything next to that case that
# must still take the full protocol: negative and out-of-range indexes, bools, big ints,
# int subclasses, objects with __index__, subclasses overriding __getitem__/__setitem__,
# and the replaced item of a store dying at the store.

xs = [10, 20, 30]
t = (1, 2, 3)
print(xs[0], xs[-1], xs[-3], t[2], t[-2])
print(xs[True], t[False])


class MyInt(int):
    pass


class Idx:
    def __index__(self):
        return 1


print(xs[MyInt(2)], t[MyInt(-1)], xs[Idx()], t[Idx()])
for bad in (3, -4, 2**70, -(2**70)):
    for seq in (xs, t):
        try:
            seq[bad]
        except IndexError as e:
            print(type(seq).__name__, bad if abs(bad) < 100 else "big", "IndexError:", e)
try:
    xs["0"]
except TypeError as e:
    print("TypeError:", e)


class Logged(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)


lg = Logged([1, 2, 3])
for i in range(3):
    lg[i] = lg[i] * 2
print(lg)


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


items = [Noisy("a"), Noisy("b")]
items[0] = Noisy("c")
print("after store 0")
items[-1] = None
print("after store -1")
for bad in (2, -3, 2**64):
    try:
        items[bad] = 0
    except IndexError as e:
        print("IndexError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
del items
print("end")

# Strings: ASCII and not, negative and out-of-range indexes, and a str subclass.
s = "hello"
u = "héllo€"
print(s[0], s[-1], s[4], u[1], u[-1], s[0] is "hello"[0])
for bad in (5, -6):
    for text in (s, u):
        try:
            text[bad]
        except IndexError as e:
            print("IndexError:", e)


class Shout(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i).upper()


print(Shout("abc")[1], "abc"[True])
