# iter and next, with default values and the sentinel form.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
s = iter("ab")
print(list(s), list(s))
values = [3, 2, 1, 0, 5]
pos = iter(values)
print(list(iter(lambda: next(pos), 0)))
print(iter(it) is it)
d = iter({"k": 1, "j": 2})
print(next(d), next(d))
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
