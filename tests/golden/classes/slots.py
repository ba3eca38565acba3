# __slots__ restricts instance attributes and removes __dict__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__)
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
q = P(5)
try:
    q.y
except AttributeError as e:
    print("AttributeError:", e)
del p.x
print(hasattr(p, "x"))
class Q(P):
    pass
r = Q(1)
r.anything = "ok"
print(r.anything, hasattr(r, "__dict__"))
print(type(P.x).__name__)
