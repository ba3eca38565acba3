# *args collects extra positionals into a tuple, **kwargs extras into a dict.
def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)
show()
show(1, 2)
show(a=1, b=2)
show(1, "two", three=3)
def mixed(first, *rest, last="L", **options):
    print(first, rest, last, options)
mixed(1)
mixed(1, 2, 3, last="Z", x=9)
def forward(*args, **kwargs):
    return mixed(*args, **kwargs)
forward("f", "g", y=0)
def kwargs_order(**kw):
    return list(kw)
print(kwargs_order(z=1, a=2, m=3))
