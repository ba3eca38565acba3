# sorted (key, reverse, stability) and reversed.
print(sorted([3, 1, 2]), sorted("bca"), sorted((3, 1)), sorted({2: 0, 1: 0}))
print(sorted([3, 1, 2], reverse=True))
words = ["kiwi", "Apple", "fig", "banana", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
records = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted([]), sorted([1.5, -2, 0, True]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
print(sorted(lst), lst)
