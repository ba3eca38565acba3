# A module with __all__ and no docstring: the comment block above becomes its description.

__all__ = ["public", "_exported", "VALUE"]

VALUE = 1.5
OTHER = 2


def public():
    pass


def _exported():
    pass


def not_listed():
    pass
