# abs, any and all.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-10 ** 30))
print(any([]), any([0, "", None]), any([0, 1]), any("a"))
print(all([]), all([1, "x", [0]]), all([1, 0]), all(range(1, 5)))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
