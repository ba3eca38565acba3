# Generator expressions are lazy and single-use.
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
lazy = (v + 100 for v in noisy(3))
print("created")
for v in lazy:
    print("got", v)
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in []))
print(tuple(c for c in "abc"), sorted(n % 3 for n in range(7)))
nested = ((i, j) for i in range(2) for j in "ab")
print(list(nested))
