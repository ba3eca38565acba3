# Instances with __slots__ take part in cycles like any other instance.
import gc
class Slotted:
    __slots__ = ("other", "name")
gc.collect()
a = Slotted()
a.other = a
del a
print("slots self-cycle:", gc.collect())
a, b = Slotted(), Slotted()
a.other, b.other = b, a
a.name, b.name = "a", "b"
del a, b
print("slots pair:", gc.collect())
x = Slotted()
x.other = [x, {"k": x}]
del x
print("slots -> list -> dict:", gc.collect())
