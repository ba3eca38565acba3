# gc.get_referrers finds the tracked containers that hold an object.
import gc
class Box:
    pass
b = Box()
holder = [b]
mapping = {"b": b}
other = Box()
other.attr = b
refs = gc.get_referrers(b)
print("list:", any(r is holder for r in refs))
print("dict:", any(r is mapping for r in refs))
print("instance:", any(r is other for r in refs))
print("module globals:", any(r is globals() for r in refs))
del holder[0], mapping["b"], other.attr
refs = gc.get_referrers(b)
print("after removal:", any(r is holder for r in refs), any(r is mapping for r in refs), any(r is other for r in refs))
mapping["x"] = other
print("several at once:", any(r is mapping for r in gc.get_referrers(holder, other)))
