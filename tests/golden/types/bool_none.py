# bool is a subclass of int; None is a singleton.
print(True, False, type(True).__name__, True == 1, False == 0)
print(True + True, True * 3, -True, True / 2, sum([True, True, False]))
print(bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool(()), bool({}), bool(None))
print(bool(0.0), bool(0.1), bool(range(0)), bool(range(1)))
print(str(True), repr(False), int(True), float(False))
print(True and "x", False or "y", True is not False)
print(None, repr(None), type(None).__name__, None is None, None == None)
print(None == 0, None == "", bool(None))
def nothing():
    pass
print(nothing() is None)
print(isinstance(True, int), issubclass(bool, int), True.__class__.__mro__)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
print({True: "a", 1: "b"}, {0: "z", False: "f"})
