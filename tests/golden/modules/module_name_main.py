# __name__ is "__main__" for the script and the module name for imports.
import sys
print(__name__)
if __name__ == "__main__":
    print("running as a script")
import _helper_mod
print(_helper_mod.__name__)
print(sys.modules["__main__"].__name__, "__main__" in sys.modules)
def f():
    pass
print(f.__module__, __file__.endswith("module_name_main.py"))
