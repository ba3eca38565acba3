# Ordering comparisons between unrelated types raise TypeError.
pairs = [(1, "a"), ("a", 1), ([1], (1,)), (None, None), ({}, {})]
for a, b in pairs:
    try:
        a < b
    except TypeError as e:
        print("TypeError:", e)
print(1 == "1", [1] == (1,), None == 0)
sorted([3, "x", 1])
