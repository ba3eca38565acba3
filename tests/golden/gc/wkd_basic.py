# WeakKeyDictionary: an entry disappears when its key dies.
import gc, weakref
class Key:
    def __init__(self, name):
        self.name = name
d = weakref.WeakKeyDictionary()
k1, k2 = Key("k1"), Key("k2")
d[k1] = "one"
d[k2] = [2]
print(len(d), d[k1], k2 in d, sorted(k.name for k in d))
del k1
print(len(d), sorted(k.name for k in d.keys()))
k2.me = k2
del k2
print("cyclic key before collect:", len(d))
gc.collect()
print("after collect:", len(d))
try:
    d[1] = 2
except TypeError as e:
    print("TypeError:", e)
print(1 in d)
