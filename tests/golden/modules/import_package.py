# Importing a package and its submodule.
import _helper_pkg
print(_helper_pkg.VERSION, _helper_pkg.twice(21), _helper_pkg.sub.twice(2))
import _helper_pkg.sub
from _helper_pkg.sub import twice as t
print(t(5), _helper_pkg.sub.__name__, _helper_pkg.__name__)
import sys
print(sorted(k for k in sys.modules if k.startswith("_helper_pkg")))
