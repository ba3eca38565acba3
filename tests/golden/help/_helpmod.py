"""A helper module for the help/ cases.

Its page lists classes, functions and data.
"""

import math

LIMIT = 100
GREETING = "hello"
_private = 1
ITEMS = list(range(30))
TABLE = {"b": 2, "a": 1}
BIG = 10 ** 50


class Shape:
    """A shape."""

    def area(self):
        """The area."""
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side


class Other:
    pass


def make(kind, *, size=1):
    """Make a shape."""
    return Square(size)


def _hidden():
    pass


from_math = math.floor
