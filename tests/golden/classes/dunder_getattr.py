# __getattr__, __getattribute__, __setattr__, __delattr__.
class Lazy:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("virtual"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real)
print(l.virtual_x)
print(getattr(l, "other", "default"))
class Logged:
    def __getattribute__(self, name):
        print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("__delattr__", name)
        object.__delattr__(self, name)
o = Logged()
o.a = 1
print(o.a)
del o.a
print(hasattr(o, "a"))
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)
