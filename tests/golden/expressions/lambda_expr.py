# Lambda expressions: defaults, closures, immediate calls, sorting keys.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, x=3))
square = lambda x: x * x
print(list(map(square, range(5))))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print(add.__name__, square.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(7) + "!")
