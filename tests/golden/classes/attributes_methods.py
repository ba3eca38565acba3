# Instances, attributes, methods and bound methods.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1)
print(q.x, q.y, p.x)
m = p.norm2
print(m(), m.__self__ is p, m.__name__)
print(Point.norm2(p))
p.z = 10
print(sorted(vars(p).items()))
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
print(Point.__name__, Point.__qualname__, Point.__module__)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
