# isinstance, issubclass and type.
print(isinstance(1, int), isinstance(1, (str, int)), isinstance("s", (list, tuple)))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)))
print(isinstance([], object), isinstance(int, type), isinstance(type, object))
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(list, list))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), type(B()) is A)
print(type(1), type("s"), type([]), type(None), type(len), type(A), type(B()))
print(type(1.0).__name__, type({}).__name__, type(()).__name__, type(range(1)).__name__)
print(isinstance(1, int | str), issubclass(bool, int | float))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
