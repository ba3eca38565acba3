# Instances of Python subclasses of int, str, tuple, float and bytes have a __dict__ (kept in
# an extension slot before the object), as in CPython.
class I(int): pass
class S(str): pass
class T(tuple): pass
class F(float): pass
class B(bytes): pass
i = I(5); i.x = 1
s = S("ab"); s.y = [s]
t = T((1, 2)); t.z = 3
f = F(1.5); f.w = 4
b = B(b"q"); b.v = 5
print(i.x, i + 1, s.y[0] is s, s.upper(), t.z, t[1], f.w, f * 2, b.v, b)
print(i.__dict__, vars(t), sorted(vars(s)))
class Color(str):
    def __new__(cls, v, label):
        o = super().__new__(cls, v)
        o.label = label
        return o
c = Color("red", "Red!")
print(c, c.label, c == "red", hash(c) == hash("red"), {c: 1}["red"])
class Slotted(int):
    __slots__ = ()
try:
    Slotted(1).q = 1
except AttributeError as e:
    print("AttributeError:", e)
import gc
class N(tuple): pass
n = N((1,)); n.me = n
del n
print(gc.collect() >= 1)
class Big(int): pass
x = Big(10**40); x.tag = "big"; print(x.tag, x - 10**40)
