# Rich comparisons __lt__/__le__/__gt__/__ge__, reflection, sorting.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        print("lt", self, other)
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b)
print(a > b)
print(a <= b, a >= b)
print(sorted([Version(2), Version(1, 5), Version(1)]))
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError as e:
    print("TypeError:", e)
