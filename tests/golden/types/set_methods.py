# set and frozenset operations (small ints only: their order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.issubset(range(10)), a.isdisjoint({9}))
s = set()
s.add(5)
s.add(5)
s.update([1, 2], (3,))
print(s, len(s), 5 in s)
s.discard(100)
s.remove(5)
print(s, s.pop(), s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__)
print({fs: "frozen key"}[frozenset({1, 2, 3})], hash(fs) == hash(frozenset({1, 2, 3})))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(set(), frozenset(), {1, 2} == {2, 1}, set([1, 1, 2]), set(range(3)))
words = {"pear", "apple", "fig"}
print(sorted(words), len(words), "fig" in words)
t = {1, 2}
t |= {3}
t &= {2, 3}
t -= {2}
print(t)
print(set("aab") == {"a", "b"}, sorted(set("hello")))
