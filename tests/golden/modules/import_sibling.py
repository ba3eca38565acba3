# Importing a module that sits next to the script.
import _helper_mod
print(_helper_mod.GREETING)
print(_helper_mod.add(2, 3))
print(_helper_mod.Widget("w"))
print(_helper_mod.__name__, type(_helper_mod).__name__)
print(_helper_mod.__file__)
import _helper_mod as hm
print(hm is _helper_mod, hm.bump(), _helper_mod.bump())
