# A module body runs once; later imports reuse sys.modules.
import sys
print("_helper_mod" in sys.modules)
import _helper_mod
import _helper_mod
from _helper_mod import add
print("_helper_mod" in sys.modules, sys.modules["_helper_mod"] is _helper_mod)
_helper_mod.bump()
import _helper_mod as again
print(again.counter)
def import_inside():
    import _helper_mod
    return _helper_mod.counter
print(import_inside())
