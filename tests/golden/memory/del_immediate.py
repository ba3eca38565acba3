# __del__ runs as soon as the last reference goes away (`del`).
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("__del__", self.name)
x = Tracked("x")
print("before del")
del x
print("after del")
a = Tracked("shared")
b = a
del a
print("one reference left")
del b
print("all references gone")
Tracked("temporary")
print("after expression statement")
