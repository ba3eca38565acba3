# inf and nan: creation, arithmetic, comparisons, conversions.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("NaN"), float("-nan"))
print(inf + 1, inf - inf, inf * 0, 1 / inf, -1 / inf, inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 300, -inf < -1e308)
print(inf == inf, inf is inf)
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
print(nan in [nan], [nan] == [nan])
print(max(1.0, inf), min(-inf, 0))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
print(float("  3.5  "), float("1_0.5"), float(" -0 "))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print((2.0).is_integer(), (2.5).is_integer(), (0.5).as_integer_ratio(), (0.1).hex())
print(float.fromhex("0x1.8p1"), (1e308 * 10) - (1e308 * 10))
