# gc.get_stats() has one dict per generation with three integer keys; the full-collection count grows.
import gc
stats = gc.get_stats()
print(type(stats).__name__, len(stats))
for s in stats:
    print(sorted(s), all(type(v) is int and v >= 0 for v in s.values()))
before = gc.get_stats()[2]["collections"]
gc.collect()
gc.collect()
print("full collections counted:", gc.get_stats()[2]["collections"] - before)
before0 = gc.get_stats()[0]["collections"]
gc.collect(0)
print("young collection counted:", gc.get_stats()[0]["collections"] - before0)
print("count is a 3-tuple:", type(gc.get_count()).__name__, len(gc.get_count()))
