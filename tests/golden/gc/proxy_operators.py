# Operators and builtins go through a proxy to the referent's special methods.
import weakref
class Bag(list):
    pass
b = Bag([3, 1, 2])
p = weakref.proxy(b)
print(len(p), p[0], p[-1], 2 in p, sorted(p), list(iter(p)))
print(p + [9], bool(p), str(p), p == [3, 1, 2])
p[0] = 30
p.append(4)
del p[1]
print(b)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
    def __bool__(self):
        return self.v != 0
    def __str__(self):
        return f"Num({self.v})"
    def __index__(self):
        return self.v
zero, one = Num(0), Num(1)
q, r = weakref.proxy(zero), weakref.proxy(one)
print(str(q + 5), bool(q), bool(r), str(q), [10, 20, 30][r])
