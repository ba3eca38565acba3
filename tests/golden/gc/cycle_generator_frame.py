# A generator whose frame refers back to it is cyclic garbage; its finally block runs.
import gc
gc.collect()
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
box = []
g = gen(box)
box.append(g)
print(next(g))
del g, box
print("collected:", gc.collect())
box = []
g = gen(box)
box.append(g)
del g, box
print("never started, collected:", gc.collect())
