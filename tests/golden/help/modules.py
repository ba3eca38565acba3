# help() on modules: NAME, DESCRIPTION, CLASSES (with the class tree), FUNCTIONS, DATA and
# FILE, __all__ honoured; help("dotted.name") imports and looks the name up.
import sys
import os

sys.path.insert(0, os.path.dirname(__file__))

import _helpmod
import _helpmod_all

help(_helpmod)
help(_helpmod_all)
help("_helpmod.Square")
help("_helpmod.make")
help("no_such_module_here")
help("_helpmod.nothing")
