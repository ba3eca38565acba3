# staticmethod and classmethod, called on the class and on instances.
class Pizza:
    count = 0
    def __init__(self, size):
        self.size = size
        Pizza.count += 1
    @classmethod
    def small(cls):
        return cls(10)
    @staticmethod
    def area(d):
        return round(3.14159 * (d / 2) ** 2, 1)
    @classmethod
    def how_many(cls):
        return cls.count
class Calzone(Pizza):
    pass
print(Pizza.area(30), Pizza(20).area(10))
s = Pizza.small()
print(type(s).__name__, s.size)
c = Calzone.small()
print(type(c).__name__, c.size)
print(Pizza.how_many(), Calzone.how_many())
print(type(Pizza.__dict__["area"]).__name__, type(Pizza.__dict__["small"]).__name__)
print(Pizza.small.__self__ is Pizza)
f = staticmethod(len)
print(f("abc"))
