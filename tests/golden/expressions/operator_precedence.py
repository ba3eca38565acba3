# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2)
print(1 + 2 << 1, 1 | 2 & 3, 1 ^ 3 | 4, 6 & 3 ^ 1)
print(not 1 == 2, not (1 == 2) and 0, 1 < 2 == True)
print(10 - 4 - 3, 2 ** 2 ** 3, 100 / 10 / 5)
print(1 if 0 else 2 if 0 else 3)
print(3 * -2, 2 - -2, ~1 + 1)
print("a" + "b" * 3, [0] * 3 + [1])
print(5 % 3 * 2, 5 * 3 % 2, 17 // 5 * 5 + 17 % 5)
