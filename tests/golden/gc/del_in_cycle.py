# __del__ of objects in a cycle runs during the collection, once each, in creation order.
import gc
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
first, second, third = Tracked("first"), Tracked("second"), Tracked("third")
first.next, second.next, third.next = second, third, first
del first, second, third
print("before collect")
print("collected:", gc.collect())
print("after collect")
