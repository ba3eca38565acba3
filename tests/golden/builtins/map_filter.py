# map and filter are lazy iterators.
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda x: x > 1, [1, 2, 3])))
m = map(lambda x: print("mapping", x) or x * 2, [1, 2])
print("map created")
print(list(m), list(m))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
