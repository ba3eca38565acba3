# float repr: shortest round-trip representation and exponent switching.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e15, 1e16, 1e17,
          123456789012345678.0, 1e-4, 1e-5, 0.00001234, 1.5e-7, 1e22, 1e23,
          2.5, -0.0, 3.141592653589793, 1.7976931348623157e308, 5e-324,
          9007199254740993.0, 0.3, 1.1, 12345.678, 1e-310]
for v in values:
    print(repr(v), str(v))
print(float("1e16"), float("-1e-5"), float("0.1e1"))
print(round(1e16), int(1e16), 1e16 == 10 ** 16)
print(float(10 ** 16), float(2 ** 53 + 1))
