# sys.modules maps names to loaded modules.
import sys
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
print(sys.modules["sys"] is sys, "__main__" in sys.modules)
import math
print(sys.modules["math"] is math)
import builtins
print(builtins.len is len, builtins.__name__)
print(type(sys).__name__)
