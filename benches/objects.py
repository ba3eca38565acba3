class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(0, 0)
one = Point(1, 2)
for _ in range(300_000):
    p = p.add(one)
print(p.x, p.y)
