# A suspended generator runs its finally block when it dies by refcount; GeneratorExit is raised inside.
def gen(name):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise
    finally:
        print(name, "finally")
g = gen("g")
print(next(g))
print("dropping g")
del g
print("after del g")
h = gen("h")
print("dropping unstarted h")
del h
print("after del h")
k = gen("k")
print(list(k))
del k
print("exhausted k dropped")
