import copyreg
class C:
    def __init__(self): self.a = 1
class S:
    __slots__ = ('x', '__y', 'z')
    def __init__(self): self.x = 1; self._S__y = 2
class E: pass
print(C().__getstate__(), E().__getstate__(), S().__getstate__(), (5).__getstate__(), [1].__getstate__())
r = C().__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is C, r[1:3], r[3:])
print(E().__reduce_ex__(4)[1:])
print(S().__reduce_ex__(2)[1:])
print(S.__slotnames__)
r = (5).__reduce_ex__(2); print(r[0].__name__, r[1:])
r = 'ab'.__reduce_ex__(3); print(r[1:])
r = [1, 2].__reduce_ex__(2); print(r[1:3], list(r[3]), r[4])
r = {'k': 1}.__reduce_ex__(2); print(r[1:4], list(r[4]))
r = C().__reduce__(); print(r[0] is copyreg._reconstructor, r[1:])
r = C().__reduce_ex__(1); print(r[1:])
r = E().__reduce_ex__(0); print(r[1:])
class I(int): pass
r = I(7).__reduce_ex__(0); print(r[1][0].__name__, r[1][1:], r[2:])
r = I(7).__reduce_ex__(2); print(r[1][0].__name__, r[1][1:], r[2:])
for o in [(x for x in ()), len]:
    try: o.__reduce_ex__(2)
    except TypeError as e: print(e)
try: S().__reduce_ex__(0)
except TypeError as e: print(e)
class G:
    def __getnewargs__(self): return (1, 2)
    def __new__(cls, *a): return object.__new__(cls)
print(G().__reduce_ex__(2)[1][1:])
class GX:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **k): return object.__new__(cls)
r = GX().__reduce_ex__(4); print(r[0] is copyreg.__newobj_ex__, r[1][1:])
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
class Bad:
    def __getnewargs__(self): return 5
try: Bad().__reduce_ex__(2)
except TypeError as e: print(e)
print(type.__flags__ & (1 << 9), C.__flags__ & (1 << 9), bool(int.__flags__ & (1 << 24)), bool(I.__flags__ & (1 << 24)))
try: object().__reduce_ex__()
except TypeError as e: print(e)
print(object().__reduce_ex__(2)[1:])
print(copyreg.__newobj__(C, ).__class__.__name__)
import copy
c = C(); c.a = [1]
d = copy.deepcopy(c); print(d.a, d.a is c.a)
s = S(); t = copy.copy(s); print(t.x, t._S__y)
e = ValueError(1, 2); print(e.__reduce__())
e.note = 'n'; print(e.__reduce__())
k = KeyError('k'); k.__setstate__({'x': 5}); print(k.x)
try: k.__setstate__(5)
except TypeError as e2: print(e2)
print({1, 2}.__reduce__(), frozenset([3]).__reduce__())
class MySet(set): pass
m = MySet([1]); m.tag = 1; print(m.__reduce__())
print(len.__reduce__(), [].append.__reduce__()[1][1], list.append.__reduce__(), int.__add__.__reduce__())
l = [1]
print(l.append == l.append, l.append == [].append, l.append != l.append, hash(l.append) == hash(l.append))
print((1).__add__ == (1).__add__, l.__len__ == l.__len__, l.__len__ == [].__len__)
print(copy.copy({1, 2}), copy.deepcopy(MySet([1])), type(copy.deepcopy(MySet([1]))).__name__)
ce = copy.copy(ValueError('x', 2)); print(repr(ce))
print(copy.deepcopy([1, [2, (3, [4])]]))
try: copy.copy(x for x in ())
except TypeError as e3: print(e3)
import math
print(copy.copy(math.sqrt) is math.sqrt, copy.deepcopy(len) is len)
class W:
    def m(self): pass
w = W(); bm = copy.deepcopy(w.m); print(bm.__self__ is w, type(bm.__self__).__name__)
