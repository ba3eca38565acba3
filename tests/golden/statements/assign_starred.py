# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *empty, z = [1, 2]
print(a, empty, z)
(x, *ys), w = [1, 2, 3], 4
print(x, ys, w)
*all_of_it, = range(3)
print(all_of_it)
try:
    p, q, *r = [1]
except ValueError as e:
    print("ValueError:", e)
