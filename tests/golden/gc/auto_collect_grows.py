# Automatic collection keeps reclaiming cyclic garbage: the finalized count is > 0 and keeps growing.
class Cycle:
    freed = 0
    def __init__(self):
        self.me = self
    def __del__(self):
        Cycle.freed += 1
for _ in range(50_000):
    Cycle()
first = Cycle.freed
print("freed after first batch:", first > 0)
for _ in range(50_000):
    Cycle()
print("grew after second batch:", Cycle.freed > first)
print("never more than created:", Cycle.freed <= 100_000)
