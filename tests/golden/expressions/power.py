# The power operator with negative, fractional and big exponents.
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, (-2) ** -2)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(2 ** 100)
print(3 ** 50, (-3) ** 51)
print(0 ** 5, 1 ** 1000, (-1) ** 1001)
print(9 ** 0.5, 2 ** 0.5, 0.0 ** 0, 0 ** 0.0)
print(pow(2, 10), pow(2, -1), pow(2.5, 2))
print(10 ** 20 == 100000000000000000000, 10.0 ** 20)
x = 3
x **= 4
print(x)
