# getattr, setattr, hasattr, delattr.
class C:
    cls_attr = "class"
o = C()
setattr(o, "x", 10)
print(getattr(o, "x"), o.x, hasattr(o, "x"), hasattr(o, "y"), getattr(o, "y", "dflt"))
print(getattr(o, "cls_attr"), getattr(C, "cls_attr"), hasattr(C, "x"))
delattr(o, "x")
print(hasattr(o, "x"))
setattr(C, "added", lambda self: "method added at runtime")
print(o.added())
print(getattr(1, "real"), getattr("s", "upper")(), hasattr([], "append"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
