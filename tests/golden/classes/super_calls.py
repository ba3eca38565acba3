# super() in methods, classmethods, __init__ chains and cooperative multiple inheritance.
class Base:
    def __init__(self):
        print("Base.__init__")
    def hello(self):
        return "Base"
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
    def hello(self):
        return "Right>" + super().hello()
class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
    def hello(self):
        return "Child>" + super().hello()
    @classmethod
    def create(cls):
        return super().create() + " via Child"
c = Child()
print(c.hello())
print(Child.create())
print(super(Left, c).hello())
print(super(Child, c).hello())
