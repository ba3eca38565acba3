# Mixed int/float/bool comparisons and hashing consistency.
print(1 == 1.0, 1 == True, 0.5 == 1 / 2, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0))
print(hash(-1), hash(-2), hash(0), hash(1), hash(2 ** 20))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({1, 1.0, True}, len({0, 0.0, False, -0.0}))
print(1 < 1.5 < 2, -1 < False, 3 > 2.999999)
print(type(1 + 1.0).__name__, type(True + 1).__name__, type(3 // 1.0).__name__)
print(int.__name__, float.__mro__, bool.__bases__)
