# Tuple/list unpacking, nested targets and swapping.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, (i, [j, k]) = 1, (2, [3, 4])
print(h, i, j, k)
for n, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(n, p, q)
x, = [42]
print(x)
k, v = {"key": "value"}.popitem()
print(k, v)
try:
    a, b = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    a, b, c = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    a, b = 5
except TypeError as err:
    print("TypeError:", err)
