# Automatic collections alone reclaim cyclic garbage: no gc.collect() call.
import gc
class Cycle:
    freed = 0
    def __init__(self):
        self.me = self
    def __del__(self):
        Cycle.freed += 1
for _ in range(50_000):
    Cycle()
print("some freed automatically:", Cycle.freed > 0)
