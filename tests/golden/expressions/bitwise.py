# Bitwise operators on ints (including negatives) and bools.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100, 5 << 0)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, ~int(True))
print(0xff & ~0x0f, bin(0b1010 ^ 0b0110))
x = 6
x &= 3
print(x)
x |= 8
print(x)
x ^= 1
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
