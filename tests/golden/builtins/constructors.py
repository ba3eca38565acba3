# int, float, bool, str, list, tuple, dict, set, frozenset as constructors.
print(int("7"), int(7.9), float("2.5"), float(3), float("-inf"), bool([]), bool("x"))
print(str(12), str(b"b", "ascii"), list("ab"), list((1, 2)), list({3: 4}), list(range(2)))
print(tuple([1, 2]), tuple("xy"), dict([("a", 1)]), dict(a=1), dict({"b": 2}, c=3))
print(set([1, 2, 2]), frozenset((3, 3)), set(), list(), tuple(), dict(), str(), int(), float(), bool())
print(list(x for x in range(3)), tuple(map(abs, [-1, -2])), dict.fromkeys("ab"))
print(int("  -12  "), float("  1e3 "), float("inf") > 0)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
