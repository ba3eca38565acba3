# get_threshold/set_threshold: the incremental GC keeps the third value at 0.
import gc
print("default:", gc.get_threshold())
gc.set_threshold(100, 5, 7)
print("set (100, 5, 7):", gc.get_threshold())
gc.set_threshold(500)
print("set (500):", gc.get_threshold())
gc.set_threshold(700, 3)
print("set (700, 3):", gc.get_threshold())
gc.set_threshold(0)
print("set (0):", gc.get_threshold())
gc.set_threshold(True, False)
print("bools:", gc.get_threshold())
for args in ((), (1, 2, 3, 4), ("a",), (1.5,), (None,)):
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print("TypeError:", e)
gc.set_threshold(2000, 10, 0)
print("restored:", gc.get_threshold())
