# Creating classes dynamically with type(name, bases, dict).
def greet(self):
    return f"hello from {type(self).__name__}"
Base = type("Base", (), {"greet": greet, "x": 1})
Derived = type("Derived", (Base,), {"y": 2, "__repr__": lambda self: "<Derived>"})
d = Derived()
print(d.greet(), d.x, d.y, d)
print(Derived.__name__, Derived.__bases__, Derived.__mro__)
print(type(Derived), type(type), type(42))
print(isinstance(d, Base))
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__)
