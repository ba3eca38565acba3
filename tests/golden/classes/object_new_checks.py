# object.__new__ builds only what object's layout can hold: a bare object() (the header alone,
# untracked, no __dict__, no weak references) or an instance of a plain Python class; a builtin
# layout must come from its own constructor.
import gc
import weakref

o = object()
print(type(o), gc.is_tracked(o), bool(o), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    o.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(o)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p = object.__new__(Plain)
p.x = 1
print(type(p).__name__, p.x, gc.is_tracked(p), weakref.ref(p)() is p)


class MyInt(int):
    pass


class NewInt(int):
    def __new__(cls, v):
        return object.__new__(cls)


for t in (int, list, dict, str, tuple, property, MyInt):
    try:
        object.__new__(t)
    except TypeError as e:
        print("TypeError:", e)
try:
    NewInt(3)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(type(len))
except TypeError as e:
    print("TypeError:", e)
