import sys
M = type(sys)
class L(M):
    def hello(self): return "hi " + self.__name__
m = L("lazy", "docs")
print(type(m).__name__, m.hello(), m.__doc__, repr(m), sorted(vars(m)))
m2 = M.__new__(M); print(repr(m2))
m.__init__("renamed"); print(m.__name__, m.__doc__)

