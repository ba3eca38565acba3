# Two cycles die in one collection; one resurrects itself, the other is freed.
import gc
saved = []
class N:
    def __init__(self, name, keep=False):
        self.name = name
        self.keep = keep
    def __del__(self):
        print("__del__", self.name)
        if self.keep:
            saved.append(self)
gc.collect()
a, b = N("a", keep=True), N("b")
a.o, b.o = b, a
c, d = N("c"), N("d")
c.o, d.o = d, c
del a, b, c, d
print("collect:", gc.collect())
print("survivors:", [x.name for x in saved], saved[0].o.name, saved[0].o.o is saved[0])
saved.clear()
print("collect again:", gc.collect())
