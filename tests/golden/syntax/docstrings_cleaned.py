"""   Module doc.
    indented line
"""
# Docstrings are cleaned at compile time (3.13+): the first line's leading spaces and the
# common indentation of the others are removed, tabs expanded first.
def f():
    """
    Indented doc.
      more
    """
def g():
    """One line."""
def h():
	"""Tabbed.
	second
		third
	"""
class C:
    """   Class doc.

        body
    """
    def m(self):
        """
            deep
          shallow
        """
def k():
    "  only spaces in first line"
def blank():
    """
    
    x
    """
for o in [f, g, h, C, C.m, k, blank]:
    print(repr(o.__doc__))
print(repr(__doc__))
