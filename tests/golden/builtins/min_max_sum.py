# min, max and sum, with key, default and start.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max(["aa", "b", "ccc"], key=len), min([(1, "z"), (1, "a")]), max([], default="empty"))
print(max([1, 3, 3.0], key=lambda x: x), max(3.0, 3), max(3, 3.0))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([]), sum((x for x in range(4))), sum([True, True]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
