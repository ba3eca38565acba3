# Argument errors of the small gc functions (exact messages).
import gc
calls = [
    ("is_tracked", ()), ("is_tracked", (1, 2)), ("is_finalized", ()),
    ("set_debug", ()), ("set_debug", ("x",)), ("set_debug", (1.5,)),
    ("enable", (1,)), ("disable", (1,)), ("isenabled", (1,)),
    ("freeze", (1,)), ("unfreeze", (1,)), ("get_freeze_count", (1,)),
    ("get_stats", (1,)), ("get_count", (1,)), ("get_threshold", (1,)), ("get_debug", (1,)),
]
for name, args in calls:
    try:
        getattr(gc, name)(*args)
        print(name, "no error")
    except TypeError as e:
        print("TypeError:", e)
print("no-argument referrers/referents:", gc.get_referrers(), gc.get_referents())
