# gc.garbage stays empty in pure Python: cycles with __del__ are collected (PEP 442).
import gc
class WithDel:
    def __del__(self):
        pass
gc.collect()
a, b = WithDel(), WithDel()
a.o, b.o = b, a
del a, b
print("collect:", gc.collect())
print("garbage:", gc.garbage, type(gc.garbage).__name__)
print("DEBUG flags off:", gc.get_debug())
