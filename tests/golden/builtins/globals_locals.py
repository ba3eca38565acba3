# globals() and locals().
x = 1
g = globals()
print(g["x"], "g" in g, g is globals(), g["__name__"])
g["created"] = "via globals"
print(created)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def g2():
    loc = locals()
    loc["new"] = 1
    return "new" in locals()
print(g2())
print(locals() is globals())
class C:
    y = 5
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
print(sorted(k for k in globals() if not k.startswith("__")))
