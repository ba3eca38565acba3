# len, range, enumerate and zip.
print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len({1, 2, 2}))
print(list(enumerate("ab")), list(enumerate(["x", "y"], start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(dict(zip(["k1", "k2"], [1, 2])))
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
e = enumerate("z")
print(next(e), type(e).__name__)
