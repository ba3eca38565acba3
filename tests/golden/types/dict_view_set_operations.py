# Keys and items views are set-like: &, |, ^, - with any iterable, comparisons with sets,
# isdisjoint, unhashable (values views are not set-like).
d = {1: "a", 2: "b", 3: "c"}
k = d.keys()
print(k & {1, 5}, k | {9}, k - {1}, k ^ {1, 7}, {1, 5} & k, [2] | k if False else "")
print(sorted(d.items() & {(1, "a"), (2, "x")}), k == {1, 2, 3}, {1, 2, 3} == k, k != {1})
print(k <= {1, 2, 3, 4}, k < {1, 2, 3}, k >= {1}, k > {1, 2, 3}, d.items() == {(1, "a"), (2, "b"), (3, "c")})
print(k.isdisjoint({7}), k.isdisjoint([1]), d.items().isdisjoint({(1, "a")}))
try:
    hash(k)
except TypeError as e:
    print("TypeError:", e)
try:
    d.values() & {1}
except TypeError as e:
    print("TypeError:", e)
print(type(k & {1}).__name__, k & [1, 2], [3] - k, sorted(k ^ (4,)))
