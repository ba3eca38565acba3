# Data and non-data descriptors, __set_name__, lookup precedence.
class Typed:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Item:
    qty = Typed()
    label = NonData()
    def __init__(self, q):
        self.qty = q
i = Item(3)
print(i.qty, type(Item.qty).__name__)
try:
    i.qty = "many"
except TypeError as e:
    print("TypeError:", e)
print(i.label)
i.label = "instance wins"
print(i.label)
i.__dict__["qty"] = "ignored"
print(i.qty)
class Meth:
    def f(self):
        return "method"
print(Meth.__dict__["f"].__get__(Meth(), Meth)())
