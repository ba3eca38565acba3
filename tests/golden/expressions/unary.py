# Unary minus, plus, invert and not.
x = 5
print(-x, +x, ~x, not x)
print(- -x, -(-x), ~~x, not not x)
print(-0.0, +0.0, -True, +True, ~0)
print(not 0, not "", not [], not None, not "a", not [0])
print(-x ** 2, (-x) ** 2)
print(type(-True).__name__, type(+True).__name__)
try:
    -"abc"
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
