# divmod and pow, including 3-argument pow and modular inverse.
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3, 5), pow(2, -1, 7), pow(38, -1, 97))
print(pow(2.0, 3), pow(4, 0.5), pow(10, -2), pow(0, 0))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, "a")
except TypeError as e:
    print("TypeError:", e)
