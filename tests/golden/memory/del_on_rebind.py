# Rebinding a name frees the old object right after the new one is bound.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("__del__", self.name)
x = Tracked("first")
x = Tracked("second")
print("rebound")
x = None
print("set to None")
items = [Tracked("in list")]
items[0] = Tracked("replacement")
print("replaced item")
d = {"k": Tracked("in dict")}
d["k"] = 1
print("replaced value")
o = Tracked("attr holder")
o.child = Tracked("child")
o.child = None
print("cleared attribute")
del o
print("end")
