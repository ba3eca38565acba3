# Lists nested 5000 deep are freed by refcount; the same nesting made cyclic is collected.
import gc
gc.collect()
nest = []
for _ in range(5000):
    nest = [nest]
del nest
print("acyclic nesting freed")
nest = []
inner = nest
for _ in range(5000):
    nest = [nest]
inner.append(nest)
del nest, inner
print("cyclic nesting collected:", gc.collect())
