# A lambda whose default argument is a list containing the lambda.
import gc
gc.collect()
items = []
f = lambda x=items: x
items.append(f)
print(f() is items)
del f, items
print("lambda <-> list:", gc.collect())
