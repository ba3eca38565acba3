# Assignment to attributes, subscripts and slices, and evaluation order.
class Obj:
    pass
o = Obj()
o.x = 1
o.y = o.x + 1
print(o.x, o.y)
d = {}
d["a"] = 1
d["b"] = d["a"] * 10
d[1, 2] = "tuple key"
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
print(grid)
o.items = [0, 0]
o.items[1] = "set"
print(o.items)
lst = [0, 1]
i = 0
i, lst[i] = 1, "x"
print(i, lst)
def key(name):
    print("key", name)
    return name
def value(name):
    print("value", name)
    return name
d2 = {}
d2[key("k")] = value("v")
print(d2)
