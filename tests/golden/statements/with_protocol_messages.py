# Which half of the context manager protocol is missing, and iter(v, w)'s callable check.
class A:
    def __enter__(self): return self
class B:
    def __exit__(self, *a): pass
for mgr in (1, A(), B()):
    try:
        with mgr:
            pass
    except TypeError as e:
        print(e)
try:
    iter(1, 2)
except TypeError as e:
    print(e)
print(list(iter([3, 2, 1, 0].pop, 1)))
