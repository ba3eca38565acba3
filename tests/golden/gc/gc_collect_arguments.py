# gc.collect argument checking: valid generations 0..2, keyword form, wrong types and values.
import gc
print("collect(0), (1), (2), generation=2:", [type(gc.collect(g)).__name__ for g in (0, 1, 2)], gc.collect(generation=2))
print("bool accepted:", gc.collect(True) >= 0)
for args in ((3,), (-1,), (100,)):
    try:
        gc.collect(*args)
    except ValueError as e:
        print(args, "ValueError:", e)
for args in ((2.0,), ("1",), (None,), (1, 2)):
    try:
        gc.collect(*args)
    except TypeError as e:
        print(args, "TypeError:", e)
try:
    gc.collect(gen=1)
except TypeError as e:
    print("TypeError:", e)
