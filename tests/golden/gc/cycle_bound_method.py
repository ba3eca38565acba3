# An instance storing its own bound method holds a cycle through the method object.
import gc
class Worker:
    def run(self):
        return "ran"
gc.collect()
w = Worker()
w.callback = w.run
print(w.callback())
del w
print("instance <-> bound method:", gc.collect())
w = Worker()
w.hooks = [w.run, w.run]
del w
print("instance -> list -> bound methods:", gc.collect())
