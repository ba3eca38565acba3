# Deep alternating dict/tuple/list nesting (5000 levels) is freed by refcount and by the collector.
import gc
gc.collect()
x = None
for i in range(5000):
    if i % 3 == 0:
        x = {"k": x}
    elif i % 3 == 1:
        x = (x, i)
    else:
        x = [x]
del x
print("acyclic freed")
root = []
x = root
for i in range(5000):
    x = {"k": x} if i % 2 else [x]
root.append(x)
del x, root
print("cyclic collected:", gc.collect())
