# Assorted CPython behaviours: an exception's own __str__, the repr of a tuple inside a list that
# holds it, del of a slice, a set that grows while iterated, reflected __eq__ order,
# UnicodeDecodeError's attributes.
class E(Exception):
    def __str__(self):
        return "custom str"
print(str(E("x")), repr(E("x")), E("x"))
l = []
t = (l,)
l.append(t)
print(repr(t), repr(l))
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
lst = [D(1), D(2), D(3)]
del lst[0:2]
print("after del slice")
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
class A:
    def __eq__(self, o):
        print("A.__eq__", type(self).__name__, type(o).__name__)
        return NotImplemented
class B(A):
    def __eq__(self, o):
        print("B.__eq__", type(self).__name__, type(o).__name__)
        return NotImplemented
print(A() == B())
print(B() == A())
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
for data, enc in [(b"ab\xc3", "utf-8"), (b"\xe2\x82", "utf-8"), (b"a\x80b", "ascii"), (b"\xf0\x9f\x98", "utf-8")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason)
s = {1, 2}
it = iter(s)
next(it)
s.discard(2)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(sorted(x for x in {3, 1, 2}))
