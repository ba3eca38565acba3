# ImportError for a name that the module does not define (path normalised).
try:
    from _helper_mod import not_defined
except ImportError as e:
    print("ImportError:", e)
from _helper_mod import GREETNG
