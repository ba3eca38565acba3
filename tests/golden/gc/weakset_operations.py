# WeakSet set operations return WeakSets; comparisons work against other WeakSets.
import weakref
class Item:
    def __init__(self, n):
        self.n = n
items = [Item(i) for i in range(6)]
a = weakref.WeakSet(items[:4])
b = weakref.WeakSet(items[2:])
def names(ws):
    return sorted(x.n for x in ws)
print(names(a | b), names(a & b), names(a - b), names(a ^ b))
print(type(a | b).__name__, a.isdisjoint(b), weakref.WeakSet(items[:2]) <= a)
c = a.copy()
c.update(items[4:])
print(names(c), c == weakref.WeakSet(items), a == b)
c.difference_update(b)
print(names(c))
a.intersection_update(b)
print(names(a))
p = a.pop()
print(p.n in (2, 3), len(a))
a.clear()
print(len(a), bool(a))
