# object(): the root of every class.
o = object()
print(type(o).__name__, object.__bases__, object.__mro__)
print(isinstance(o, object), isinstance(3, object), issubclass(type, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(o == o, o == object(), o != object(), hasattr(o, "__dict__"))
print(object.__name__, str(o).startswith("<object object at 0x"))
class C:
    pass
print(C.__bases__, C.__mro__[-1] is object)
print(object().__class__ is object, type(object) is type)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
