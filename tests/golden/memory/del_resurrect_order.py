# __del__ sees the object's attributes intact; objects referenced only by a
# dying object are finalised after it.
class Tracked:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("__del__", self.name, "child:", self.child.name if self.child else None)
root = Tracked("root", Tracked("middle", Tracked("leaf")))
print("dropping root")
root = None
print("done")
