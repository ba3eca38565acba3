# An uncaught ModuleNotFoundError.
import sys
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print("caught:", e, "| name:", e.name)
import another_missing_module_xyz
