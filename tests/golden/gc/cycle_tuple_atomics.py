# Tuples of atomic values inside a cycle are not counted (they are untracked).
import gc
gc.collect()
lst = [(1, 2), ("a", "b"), (3.5, None, True), ((1, 2), (3,))]
lst.append(lst)
del lst
print("list with atomic tuples:", gc.collect())
lst = [(1, [])]
lst.append(lst)
del lst
print("list with a tuple holding a list:", gc.collect())
d = {"t": (1, 2, 3)}
d["self"] = d
del d
print("dict with atomic tuple:", gc.collect())
