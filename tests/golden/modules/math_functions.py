# math: common functions (transcendental results rounded: libm last-bit differences).
import math
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.floor(2.7), math.ceil(2.1), math.trunc(-2.7))
print(math.floor(-2.5), math.ceil(-2.5), type(math.floor(2.5)).__name__)
print(math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.factorial(10), math.factorial(25))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, -3), 7 % -3, math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.log2(8), math.log10(1000), math.log(1), math.exp(0), math.pow(2, 5), math.hypot(3, 4))
print(round(math.log(10), 12), round(math.log(8, 2), 12), round(math.exp(1), 12))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), round(math.tan(math.pi / 4), 12))
print(round(math.atan2(1, 1), 12), round(math.degrees(math.pi), 12), round(math.radians(180), 12))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.dist((0, 0), (3, 4)))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
