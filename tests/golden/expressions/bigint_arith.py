# Arbitrary-precision integer arithmetic.
a = 2 ** 200
b = 3 ** 100
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // 7, a % 7)
print(a >> 100, a << 3, a & (2 ** 64 - 1), a | 1, a ^ b)
print(-a >> 190, ~a)
print(divmod(10 ** 40 + 7, 10 ** 20))
print(a == 2 ** 200, a > b, b > a)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(len(str(2 ** 1000)))
print(int(a / b), a / b)
print(abs(-a) == a, -(-a) == a)
