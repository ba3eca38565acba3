# help() on an instance documents its class; on a string it looks the name up.


class Point:
    """A point."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        """The squared length."""
        return self.x * self.x + self.y * self.y


class Documented:
    def __init__(self):
        self.__doc__ = "An instance with its own docstring."


help(Point(1, 2))
help(Documented())
help("len")
help("Point")
