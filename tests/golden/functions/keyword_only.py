# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2))
print(f(1, c=30, b=20))
def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b", "c"), g("x", "y", sep="+"))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
print(f.__kwdefaults__)
