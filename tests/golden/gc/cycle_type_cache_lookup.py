# A local class whose attribute holds an instance of it is a cycle; looking that attribute up
# (which the method cache remembers) must not keep it alive.
import gc, weakref
def make():
    class K:
        pass
    K.default = K()
    return K
K = make()
for _ in range(3):
    K.default
r = weakref.ref(K)
del K
gc.collect()
print("class freed:", r() is None)
