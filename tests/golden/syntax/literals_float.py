# Float literals, including exponents, underscores and complex-free forms.
print(1.0, 1., .5, 0.25)
print(1e3, 1E-3, 2.5e+2, 1_000.000_1)
print(3.14_15, 1e0_0)
print(0.1, 1e100, 1e-100, 1e308 * 10)
print(123456789.123456789)
print(5e-324, 2.2250738585072014e-308)
print(1.7976931348623157e308)
print(type(1e3), type(1.))
