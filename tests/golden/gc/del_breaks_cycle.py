# A __del__ that breaks its cycle: objects are freed by refcounting, gc.collect() counts 0.
import gc
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        self.o = None
gc.collect()
a, b = N("a"), N("b")
a.o, b.o = b, a
del a, b
print("collect:", gc.collect())
print("collect again:", gc.collect())
