# Whether a class has __del__ is remembered per class; adding, replacing or removing it
# (on the class or a base) is seen by the next instance that dies.


class Base:
    pass


class Thing(Base):
    def __init__(self, name):
        self.name = name


for i in range(3):
    Thing("quiet %d" % i)  # dies at once: no __del__ yet
Thing.__del__ = lambda self: print("del", self.name)
Thing("first")
Thing.__del__ = lambda self: print("replaced del", self.name)
t = Thing("second")
del t
del Thing.__del__
Thing("silent")
Base.__del__ = lambda self: print("base del", self.name)
Thing("third")
del Base.__del__
Thing("silent again")
print("done")
