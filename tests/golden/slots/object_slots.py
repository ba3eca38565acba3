# The repr, str, hash and item-assignment slots: builtins' own code reached through super() and
# the slot wrappers, unhashable rules (__eq__ without __hash__, __hash__ = None), overrides seen.
class L(list):
    def __repr__(s): return 'L' + super().__repr__()
class I(int):
    def __repr__(s): return 'I' + super().__repr__()
class S(str):
    def __str__(s): return 'S' + super().__str__()
    def __repr__(s): return 'S' + super().__repr__()
class D(dict):
    def __repr__(s): return 'D' + super().__repr__()
class T(tuple): pass
class F(float): pass
class St(set): pass
class FS(frozenset): pass
class E(ValueError):
    def __str__(s): return 'E:' + super().__str__()
print(repr(L([1])), repr(I(5)), str(S('a')), repr(S('a')), repr(D(a=1)), repr(T((1,))), repr(F(1.5)))
print(repr(St({1})), repr(FS({1})), repr(FS()), str(E('x')), repr(E('x')))
print(int.__repr__(5), str.__str__('a'), object.__repr__(L()).startswith('<__main__.L object'), float.__repr__(2.5))
print(repr(True), str(False), repr(None), repr(...), repr(NotImplemented), repr(int), repr(L))
class Eq(int):
    def __eq__(s, o): return True
try:
    hash(Eq(1))
except TypeError as e:
    print("TypeError:", e)
print(hash(FS([1])) == hash(frozenset([1])), hash(b'ab') == hash(bytes([97, 98])), hash(b'a') == hash('a'))
print(list.__hash__, dict.__hash__, set.__hash__, [].__hash__, bytearray.__hash__)
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
class LS(list):
    def __setitem__(s, i, v): print('LS.set', i, v)
    def __delitem__(s, i): print('LS.del', i)
l = LS([1]); l[0] = 5; del l[0]; print(l)
l2 = [1, 2, 3]; list.__setitem__(l2, 0, 9); list.__delitem__(l2, 1); print(l2)
class Sup(list):
    def __setitem__(s, i, v):
        super().__setitem__(i, v * 2)
s = Sup([1]); s[0] = 4; print(s)
d = {}; dict.__setitem__(d, 'k', 1); print(d, int.__hash__(5), str.__hash__('a') == hash('a'))
try:
    (1,)[0] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del "abc"[0]
except TypeError as e:
    print("TypeError:", e)
class H:
    __hash__ = None
try:
    hash(H())
except TypeError as e:
    print("TypeError:", e)
class R:
    def __repr__(s): return 5
try:
    repr(R())
except TypeError as e:
    print("TypeError:", e)
print(str(1.0), str(10**20), str(b'x'), str([1, 'a']), str((1,)), str(range(3)), str(slice(1, 2)))


class A:
    def __setitem__(s, k, v): pass
class B:
    def __delitem__(s, k): pass
try:
    del A()[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    B()[0] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    del (1,)[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    del object()[0]
except Exception as e:
    print(type(e).__name__, e)
