# Float arithmetic and comparisons on exact floats take a fast path; its answers must be
# float's own: IEEE results, signed zeros, NaN comparisons, errors, and subclasses that
# override the operators.
inf = float("inf")
nan = float("nan")
big = 1e308
print(big + big, big * 10.0, -big - big, big / 1e-308)
print(0.0 * -1.0, -0.0 + 0.0, -0.0 - 0.0, 1.0 / -inf)
print(inf - inf, inf * 0.0, nan + 1.0)
print(nan == nan, nan != nan, nan < 1.0, nan >= nan, 1.5 <= 1.5, -0.0 == 0.0)
print(0.1 + 0.2, 0.1 * 3.0, 1.0 / 3.0, 7.5 - 2.25)
for op in [lambda: 1.0 / 0.0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 0.0 / -0.0]:
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(7.5 // 2.0, -7.5 // 2.0, 7.5 % -2.0, 2.0 ** 10.0)


class F(float):
    def __add__(self, other):
        return "F.__add__"

    def __lt__(self, other):
        return "F.__lt__"

    def __radd__(self, other):
        return "F.__radd__"


print(F(1.0) + 2.0, 2.0 + F(1.0), F(1.0) < 2.0, 2.0 > F(1.0))
x = 0.0
for i in range(1000):
    x += 0.001
print(x, x == 1.0, round(x, 9))
