# slice objects and slice.indices().
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(list(range(20))[s], "abcdefghijkl"[s])
print(slice(3), slice(None, None, -1), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
data = list(range(10))
first_three = slice(0, 3)
print(data[first_three], data[slice(-2, None)])
data[first_three] = ["a"]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
