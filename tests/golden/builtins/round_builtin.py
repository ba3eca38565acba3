# round: banker's rounding, ndigits (positive, zero and negative), float repr effects.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(7), round(7, 2), round(-7.5), round(1e300, 2), round(123, -1), round(125, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(-0.4), round(0.4999999999999999))
