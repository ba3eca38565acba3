# gc.get_objects(generation): None or 0..2 (and -1); other values raise.
import gc
class Marker:
    pass
m = Marker()
print("in get_objects():", any(o is m for o in gc.get_objects()))
print("in get_objects(None):", any(o is m for o in gc.get_objects(None)))
print("types:", [type(gc.get_objects(g)).__name__ for g in (-1, 0, 1, 2)])
for g in (3, 10, -2, -100):
    try:
        gc.get_objects(g)
    except ValueError as e:
        print(g, "ValueError:", e)
for g in ("x", 1.0):
    try:
        gc.get_objects(g)
    except TypeError as e:
        print(repr(g), "TypeError:", e)
try:
    gc.get_objects(generation=3)
except ValueError as e:
    print("keyword ValueError:", e)
