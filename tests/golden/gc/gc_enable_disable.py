# gc.disable() stops automatic collection only; gc.collect() still works while disabled.
import gc
class Cycle:
    freed = 0
    def __init__(self):
        self.me = self
    def __del__(self):
        Cycle.freed += 1
gc.collect()
print("enabled at start:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
gc.disable()
print("disable twice:", gc.isenabled())
for _ in range(30_000):
    Cycle()
print("freed automatically while disabled:", Cycle.freed)
print("explicit collect while disabled:", gc.collect())
print("freed now:", Cycle.freed)
gc.enable()
gc.enable()
print("after enable:", gc.isenabled())
