# Cells shared between closures and their enclosing function.
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
print(get.__closure__[0] is set_.__closure__[0])
print(get.__code__.co_freevars, pair.__code__.co_cellvars)
def accumulate():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulate()
print(acc(1), acc(2), acc(10))
def deep():
    x = 1
    def level1():
        def level2():
            return x + 1
        return level2
    return level1()()
print(deep())
