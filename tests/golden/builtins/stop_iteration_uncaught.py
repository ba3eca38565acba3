# An uncaught StopIteration from next() on an exhausted iterator.
it = iter(["only"])
print(next(it))
print(next(it))
