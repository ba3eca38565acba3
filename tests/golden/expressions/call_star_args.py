# Calls with *args and **kwargs unpacking.
def f(a, b, c=3, *rest, d=4, **kw):
    return f"a={a} b={b} c={c} rest={rest} d={d} kw={kw}"
args = (1, 2)
print(f(*args))
print(f(*[1, 2, 30, 40, 50]))
print(f(1, *(2, 3), *[4, 5]))
opts = {"d": 40, "e": 50}
print(f(1, 2, **opts))
print(f(**{"a": 1, "b": 2}, **{"c": 3}))
print(f(*"xy", d="D", z="Z"))
print(f(1, *(), b=2, **{}))
print(max(*[3, 9, 2]), print(*["a", "b"], sep="-"))
