# DEBUG_SAVEALL keeps collected garbage in gc.garbage intact; __del__ already ran and does not run again.
import gc
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug:", gc.get_debug())
n = Node("n")
n.me = n
del n
print("collect:", gc.collect())
print("garbage:", [type(o).__name__ for o in gc.garbage])
saved = gc.garbage[0]
print("intact:", saved.name, saved.me is saved, gc.is_finalized(saved))
gc.set_debug(0)
del gc.garbage[:]
del saved
print("collect again:", gc.collect())
print("garbage:", gc.garbage)
