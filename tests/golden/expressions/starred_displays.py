# Starred expressions in list/tuple/set/dict displays and assignments.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b), (*a,))
print({*a, *b, 1})
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1})
print({**d1, "w": 0})
print([*"abc", *range(3)])
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
print(*[1, 2], *[3])
