# A builtin loaded in a loop keeps working while the module's globals change around it:
# a global of the same name appears, goes away, and the same code runs against other
# globals dicts (some shadowing the builtin), as exec() does.


def sizes(items):
    return [len(x) for x in items]


data = ["a", "bb", "ccc"]
print(sizes(data))
len = lambda x: -1  # noqa: E731  (a global now shadows the builtin)
print(sizes(data))
del len
print(sizes(data))

# Other globals are added without touching `len`: the builtin is still the one found.
for i in range(5):
    globals()["g%d" % i] = i
    print(sizes(data), g0 + i)

code = compile("out = [len(x) for x in ['xy', 'z']]", "<test>", "exec")
for ns in [{}, {"len": str.upper}, {}, {"len": lambda s: 42}, {"__builtins__": {"len": abs}}]:
    try:
        exec(code, ns)
        print(ns["out"])
    except Exception as e:
        print(type(e).__name__, e)


# Calls with keyword arguments and *args, including the error cases.
def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))


print(f(1, c=4))
print(f(1, 2, 3, 4, c=5, d=6, e=7))
print(f(*(1, 2, 3)))
print(f(*[1], **{"c": 9, "z": 0}))
print(f(a=1, b=2))
name = "".join(["c"])  # an equal str that is not the interned identifier
print(f(1, **{name: 10}))


def g(x, y, /, z):
    return x, y, z


for call in [lambda: g(1, 2, z=3), lambda: g(1, y=2, z=3), lambda: g(1, 2, 3, 4),
             lambda: g(1, 2, 3, z=4), lambda: g(1, 2, w=3), lambda: f(), lambda: f(1, a=2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
