# A recursive inner function refers to itself through its closure cell.
import gc
gc.collect()
def outer():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(5)
print(outer())
print("recursive closure:", gc.collect())
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return step
    return step
s = counter()
print(s()()() is s)
del s
print("closure returning itself:", gc.collect())
