# A cycle through a class attribute: an instance stored on its own (local) class.
import gc
gc.collect()
log = []
def make():
    class Registry:
        def __del__(self):
            log.append("instance finalized")
    Registry.instance = Registry()
make()
print("before collect:", log)
print("collected something:", gc.collect() > 0)
print("after collect:", log)
