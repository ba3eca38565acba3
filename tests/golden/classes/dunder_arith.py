# Arithmetic dunders: normal, reflected, in-place and NotImplemented.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, other):
        print("iadd")
        self.x += other.x
        self.y += other.y
        return self
print(V(1, 2) + V(3, 4), V(1, 2) * 3, 3 * V(1, 2), -V(1, 2), abs(V(3, 4)))
v = V(0, 0)
alias = v
v += V(1, 1)
print(v, alias, v is alias)
w = V(5, 5)
w *= 2
print(w)
try:
    V(1, 1) + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * V(1, 1)
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, c):
        self.c = c
    def __radd__(self, other):
        print("radd with", other)
        return Money(self.c + other)
    def __truediv__(self, n):
        return Money(self.c / n)
    def __floordiv__(self, n):
        return Money(self.c // n)
    def __mod__(self, n):
        return self.c % n
    def __pow__(self, n):
        return self.c ** n
print((0 + Money(5)).c)
print((Money(7) / 2).c, (Money(7) // 2).c, Money(7) % 4, Money(3) ** 2)
