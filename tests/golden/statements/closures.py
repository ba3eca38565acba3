# Closures capture variables, not values.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_multipliers():
    return [lambda x: x * i for i in range(3)]
print([m(10) for m in make_multipliers()])
def make_multipliers_bound():
    return [lambda x, i=i: x * i for i in range(3)]
print([m(10) for m in make_multipliers_bound()])
def outer():
    v = "before"
    def get():
        return v
    v = "after"
    return get
print(outer()())
print(c1.__closure__[0].cell_contents)
print(make_counter.__closure__)
