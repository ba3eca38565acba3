# During a collection every __del__ runs before any object is cleared: peers are still intact.
import gc
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"__del__ {self.name}: peer={self.peer.name} peer.peer={self.peer.peer.name}")
gc.collect()
a, b, c = N("a"), N("b"), N("c")
a.peer, b.peer, c.peer = b, c, a
del a, b, c
print("collect:", gc.collect())
