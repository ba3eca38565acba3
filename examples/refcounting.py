# Reference counting at work: objects die the moment their last reference
# goes away, and __del__ runs right there.
import sys


class Resource:
    def __init__(self, name):
        self.name = name
        print(f"open {self.name}")

    def __del__(self):
        print(f"close {self.name}")


r = Resource("a")
print("references to r:", sys.getrefcount(r))
alias = r
print("with an alias:", sys.getrefcount(r))
del alias
print("deleting r...")
del r
print("r is gone")

print("a list of resources, freed last to first:")
items = [Resource("x"), Resource("y")]
items = None
print("done")
