# WeakSet: add/discard/remove/len/in and members disappearing when they die.
import gc, weakref
class Item:
    def __init__(self, n):
        self.n = n
items = [Item(i) for i in range(5)]
s = weakref.WeakSet(items[:3])
s.add(items[3])
s.add(items[3])
print(len(s), items[0] in s, items[4] in s, sorted(x.n for x in s))
s.discard(items[4])
s.remove(items[0])
try:
    s.remove(items[0])
except KeyError:
    print("KeyError on remove")
print(sorted(x.n for x in s))
del items[1]
print("after death:", len(s), sorted(x.n for x in s))
print(1 in s)
try:
    s.add(1)
except TypeError as e:
    print("TypeError:", e)
cyc = items[2]
cyc.me = cyc
del cyc, items[2]
print("cyclic member before collect:", len(s))
gc.collect()
print("after collect:", len(s), sorted(x.n for x in s))
