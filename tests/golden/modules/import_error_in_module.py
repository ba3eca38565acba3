# An exception raised while a module is imported propagates to the importer.
import sys
try:
    import _helper_raises
except RuntimeError as e:
    print("RuntimeError:", e)
print("_helper_raises" in sys.modules)
import _helper_raises
