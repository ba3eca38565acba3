# help() on classes: the pydoc class page with its signature line, docstring, method
# resolution order and the attributes by kind and defining class.


class Base:
    """A base class.

    With a longer description.
    """

    limit = 10
    names = ["a", "b"]

    def __init__(self, name, size=3):
        self.name = name
        self.size = size

    def describe(self, verbose=False):
        """Describe the object."""
        return self.name

    def __repr__(self):
        return "Base()"

    def __eq__(self, other):
        return self is other

    @classmethod
    def make(cls, *names):
        """Build one from names."""
        return cls(names[0])

    @staticmethod
    def helper(x, /, y, *, z=None):
        "A static helper."
        return x

    @property
    def area(self):
        """The area."""
        return self.size * self.size

    @property
    def volume(self):
        return 0

    @volume.setter
    def volume(self, v):
        pass


class Derived(Base):
    kind = "derived"

    def describe(self, verbose=True):
        return "d"

    def extra(self, a: int, b: str = "x") -> list[int]:
        """Extra things."""
        return []

    alias = extra


class Mixin:
    def mixed(self):
        """From the mixin."""


class Multi(Derived, Mixin):
    """Several bases."""

    def __init__(self):
        pass


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class WithNew:
    def __new__(cls, value, *, scale=1):
        return super().__new__(cls)


class Exc(ValueError):
    """A user exception."""


help(Base)
help(Derived)
help(Multi)
help(Plain)
help(Slotted)
help(WithNew)
help(Base.describe)
help(Base("x").describe)
help(Derived.make)
help(Base.helper)
help(Base.area)
help(Base.__dict__["make"])
