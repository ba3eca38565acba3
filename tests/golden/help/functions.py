# help() on Python functions: the signature from the code object (defaults, positional-only,
# *args, keyword-only, **kwargs, annotations), the cleaned docstring, comments above a
# function without a docstring, lambdas, wrapped functions and long signatures.
import functools


def plain():
    pass


def defaults(a, b=2, c="three", d=None, e=(1, 2), f=[4, 5]):
    """Take some defaults."""


def kinds(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    """All the kinds of parameters.

        Indented detail lines keep their relative indent.
    And the margin is the smallest one.
    """


def keyword_only(*, key, reverse=False):
    "One-line docstring."


def annotated(x: int, y: str = "s", *rest: float, flag: bool = True) -> list[int]:
    """Annotated parameters."""


def stringy(x: "Forward", y: "list[int]" = None) -> "Forward":
    pass


# A comment block just above a function
# without a docstring becomes its documentation.
def commented(x):
    return x


def long_signature(first_argument, second_argument=None, *, third_argument=12345, fourth_argument="a long default"):
    """A signature longer than the line is split one parameter a line."""


def tabbed():
	"""Tabs	in a docstring
	are expanded."""


def wrapper_target(x, y=1):
    """The wrapped function."""


@functools.wraps(wrapper_target)
def wrapped(*args, **kwargs):
    return wrapper_target(*args, **kwargs)


def outer():
    def inner(z):
        """A nested function."""
    return inner


square = lambda n: n * n
named = lambda: None
named.__name__ = "renamed"

help(plain)
help(defaults)
help(kinds)
help(keyword_only)
help(annotated)
help(stringy)
help(commented)
help(long_signature)
help(tabbed)
help(wrapped)
help(outer())
help(square)
help(named)
