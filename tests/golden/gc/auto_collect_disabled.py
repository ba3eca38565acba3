# With automatic collection off (gc.disable() or threshold 0) no cycle is reclaimed without gc.collect().
import gc
class Cycle:
    freed = 0
    def __init__(self):
        self.me = self
    def __del__(self):
        Cycle.freed += 1
gc.collect()
gc.disable()
for _ in range(50_000):
    Cycle()
print("disabled, freed:", Cycle.freed)
gc.enable()
gc.collect()
Cycle.freed = 0
gc.set_threshold(0)
for _ in range(50_000):
    Cycle()
print("threshold 0, freed:", Cycle.freed)
gc.set_threshold(2000, 10, 0)
print("explicit collect:", gc.collect())
