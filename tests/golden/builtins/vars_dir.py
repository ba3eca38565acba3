# vars() and dir() of a user class instance (dir sorted).
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    kind = "thing"
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
t = Thing()
print(vars(t))
print([n for n in dir(t) if not n.startswith("__")])
print(dir(t) == sorted(dir(t)), "__init__" in dir(t), "__class__" in dir(t))
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
t.c = 3
print(vars(t) is t.__dict__, list(vars(t)))
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
class WithDir:
    def __dir__(self):
        return ["z", "a"]
print(dir(WithDir()))
