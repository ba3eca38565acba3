# The gc module's switches, thresholds and argument errors.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.get_threshold(), gc.get_debug(), gc.DEBUG_LEAK, gc.get_freeze_count())
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
print([sorted(s) for s in gc.get_stats()][0])
