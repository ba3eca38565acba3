# A list and a tuple referring to each other form a 2-object cycle.
import gc
gc.collect()
lst = []
tup = (lst, 1, "x")
lst.append(tup)
del lst, tup
print("list <-> tuple:", gc.collect())
lst = [None]
lst[0] = (0, (1, lst))
del lst
print("list <-> tuple <-> tuple:", gc.collect())
