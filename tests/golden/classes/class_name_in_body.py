# In a class body __class__ is an ordinary name (the implicit cell is for methods only).
class K:
    def m(self): return super()
    try:
        print(__class__)
    except NameError as e:
        print("NameError", e)
    __class__ = 5
    print(__class__)
print(K.__dict__.get("__class__"), K().m())
class F:
    @property
    def __class__(self):
        return int
print(F().__class__)
