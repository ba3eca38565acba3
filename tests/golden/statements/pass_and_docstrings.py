"""Module docstring."""
# pass in every kind of block, and docstrings.
def f():
    """Function docstring."""
    pass
class C:
    """Class docstring."""
    pass
if True:
    pass
for _ in range(1):
    pass
print(__doc__)
print(f.__doc__, C.__doc__, f())
def no_doc():
    x = 1
print(no_doc.__doc__)
