# __getitem__, __setitem__, __delitem__ with ints, slices and tuples.
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
g = Grid()
g[1, 2] = 5
print(g[1, 2], g[0, 0])
g[1:3] = "s"
g[::2]
del g[1, 2]
g["k"] += 1
print(g.data)
class Missing(dict):
    def __missing__(self, key):
        return f"default for {key}"
m = Missing(a=1)
print(m["a"], m["b"])
try:
    del g["nope"]
except KeyError as e:
    print("KeyError:", e)
