# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = "ABCDEF"
print(a)
del a[1::3]
print(a)
del a[:2]
print(a)
b = [1, 2, 3, 4]
b[1:3] = []
print(b)
b[:] = (7, 8, 9)
print(b)
c = [0, 1, 2, 3, 4, 5]
del c[::-2]
print(c)
try:
    c[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
d = [1, 2, 3]
d[1:2] = range(5)
print(d)
