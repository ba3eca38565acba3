# A data descriptor with only __set__ or __delete__: the instance dict shows through, and the
# missing method is an AttributeError naming it (CPython's PyObject_GenericGetAttr/slot_tp_descr_set).
class SetOnly:
    def __set__(self, o, v): print("set", v)
class DelOnly:
    def __delete__(self, o): print("del")
class C:
    s = SetOnly()
    d = DelOnly()
c = C()
c.__dict__["s"] = "inst"
print(c.s)
print(type(C().s).__name__)
c.s = 5
try:
    c.d = 1
except AttributeError as e:
    print("AttributeError:", e)
del c.d
try:
    del c.s
except AttributeError as e:
    print("AttributeError:", e)
