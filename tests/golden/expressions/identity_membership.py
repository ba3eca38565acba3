# `is`, `is not`, `in`, `not in`.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
print(1 in a, 3 in a, 3 not in a)
print("ell" in "hello", "xyz" in "hello", "" in "abc")
print(2 in {1: "a", 2: "b"}, "a" in {1: "a"})
print(3 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]])
print(1 in {1, 2, 3}, 4 in frozenset({1}))
print(b"b" in b"abc", 98 in b"abc")
class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
print(2 in Box([1, 2, 3]), 5 in Box([1]))
