# A walrus in a comprehension binds in the enclosing function, which declares it global
# (this used to be an internal compiler error, issue 10).
def f():
    global v
    print([v := i for i in range(2)])


f()
print(v)


def g():
    w = 0

    def h():
        nonlocal w
        print([w := i * 2 for i in range(3)])

    h()
    return w


print(g())
print([k := n for n in range(3)], k)
