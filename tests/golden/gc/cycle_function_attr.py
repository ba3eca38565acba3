# A function that stores itself as an attribute (f.f = f) is cyclic garbage.
import gc
gc.collect()
def make():
    def f():
        pass
    f.f = f
make()
print("function self-cycle:", gc.collect())
def make_pair():
    def f():
        pass
    def g():
        pass
    f.other, g.other = g, f
make_pair()
print("two functions:", gc.collect())
