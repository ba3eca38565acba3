# Resurrection from a cycle: the object survives gc.collect() and later dies without a second __del__.
import gc
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)
gc.collect()
p = Phoenix("p")
p.me = p
del p
print("collect:", gc.collect())
print("alive:", saved[0].name, saved[0].me is saved[0], gc.is_finalized(saved[0]))
saved.clear()
print("collect again:", gc.collect())
print("saved:", saved)
