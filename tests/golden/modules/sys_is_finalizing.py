# sys.is_finalizing() is False while the program and its atexit calls run, True for the
# finalizers of the collection that interpreter exit runs.
import sys, gc, atexit
gc.disable()
class D:
    def __del__(self):
        print("in __del__ at exit:", sys.is_finalizing())
def make():
    d = D()
    d.me = d
make()
atexit.register(lambda: print("in atexit:", sys.is_finalizing()))
print("running:", sys.is_finalizing())
