# tuples: creation, immutability, methods, comparison, hashing.
t = (1, 2, 3, 2)
print(t, len(t), t[1], t[-1], t[1:3], t.count(2), t.index(3))
print((), (1,), tuple("ab"), tuple([1, 2]), 1, 2 == (1, 2)[1])
a, b = (1, 2)
print(a, b, (1, 2) + (3,), (0,) * 3)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
nested = ([1], 2)
nested[0].append("mutable inside")
print(nested)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "tuple key"}[(1, 2)])
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(10)
except ValueError as e:
    print("ValueError:", e)
