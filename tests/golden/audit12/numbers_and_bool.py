# int/float subclasses overriding comparisons (reflected first), big-int arithmetic and
# conversions, and bool's truth rules and arithmetic.
class I(int):
    def __eq__(self, o): return 'Ieq'
    def __hash__(self): return 1
    def __lt__(self, o): return 'Ilt'
print(1 == I(1), I(1) == 1, 1 < I(2), I(1) > 2, [1] == [I(1)], (1,) == (I(2),))
print(1 in [I(5)], [I(5)].index(1), {1: 'a'}.get(I(1)), 1 in {I(1)})
class F(float):
    def __eq__(self, o): return True
    __hash__ = float.__hash__
print(1.0 == F(2), F(2) == 1.0, {2.0: 'x'}.get(F(2)), {1.0: 'x'}.get(F(2)))
class St(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print({'a': 1}.get(St('a')), {'b': 1}.get(St('a')), St('x') in {'x'})

a = 12345678901234567890123456789
b = -98765432109876543210
print(a * b, a // b, a % b, divmod(a, b), a ** 3 % 1000003, -a >> 10, a << 70, a & b, a | b, a ^ b, ~b)
print(str(2**200), repr(-2**64), hex(-2**70), oct(2**65), bin(-5))
print(int('-' + '9' * 50) + 1, abs(-10**40), (10**40).bit_count(), (-(10**20)) // 7, (-(10**20)) % 7)
print(float(2**63), int(1e20), int(-1.5e19), 2**64 == 2.0**64, 2**1000 > 1e300, 2**1100 > 1e308)
try: float(2**1024)
except OverflowError as e: print('OverflowError', e)
try: 1 << -1
except ValueError as e: print('ValueError', e)
try: 2**10000 / 1
except OverflowError as e: print('OverflowError', e)
print((2**64).to_bytes(9, 'big'), int.from_bytes(b'\xff' * 9, 'big', signed=True), (-1).to_bytes(2, 'little', signed=True))
print(round(123456789012345678901, -5), round(-15, -1), round(25, -1), pow(-2, 3), pow(2, -2), 7 .__rtruediv__(2))
import math
print(math.gcd(2**100, 6**50), math.isqrt(10**40 + 1), math.factorial(25), math.comb(50, 25))
print(sorted([2**70, -2**70, 1.5, -3, 0, 2**70 + 0.0]))
i = 1 << 65
print(-i > 0, 0 > -i, -i < i, i < -i, -i // 3, -i % 7, divmod(-i, 5), -i >> 3, ~i, max(-i, 0), min(-i, 0))
print(sorted([i, -1, 0, -i, 1, -(i + 1), i + 1]), 1 << 65 > 1.0, -(1 << 65) < -1.0, float(-(1 << 65)))
print(pow(3, -1, 7), pow(2, 100, 10**9 + 7), round(2.5), round(3.5), round(-0.5), round(1234, -2), round(1250, -2))
print(int('1_000'), int('0x1f', 0), int(' 12 '), (-7) // 2, (-7) % 2, 7 // -2, divmod(-7, 2))

class A:
    def __len__(self): return 0
class Bt:
    def __bool__(self): return True
    def __len__(self): return 0
class Cp: pass
print(bool(A()), bool(Bt()), bool(Cp()), not A(), A() or 'x', Bt() and 'y')
class NegLen:
    def __len__(self): return -1
try: bool(NegLen())
except ValueError as e: print('ValueError', e)
class BigLen:
    def __len__(self): return 2**64
try: len(BigLen())
except OverflowError as e: print('OverflowError', e)
class BoolStr:
    def __bool__(self): return 'yes'
try: bool(BoolStr())
except TypeError as e: print('TypeError', e)
print(bool(0.0), bool(-0.0), bool(float('nan')), bool(' '), bool([[]]), bool((0,)))
print(True.__bool__(), (0).__bool__(), [].__len__(), bool.__new__(bool, 5), bool(), repr(True), str(False))
print(True & 1, True | 2, True ^ 1, True << 2, type(True + 0).__name__, True / 2, True ** 2)
print(sum([True, True, False]), max(True, 2), True == 1.0, {True: 'a', 1: 'b'})
print(bool.__mro__, issubclass(bool, int))
try:
    class X(bool): pass
except TypeError as e: print('TypeError', e)
