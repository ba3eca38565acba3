# map(func, *iterables, strict=True) (3.14) checks that the iterables have equal length.
print(list(map(pow, [1, 2, 3], [2, 2, 2], strict=True)))
print(list(map(pow, [1, 2, 3], [2, 2], strict=False)))
for args in [([1, 2, 3], [2, 2]), ([1, 2], [2, 2, 2]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1]), ([], [1]), ([1], [])]:
    try:
        print(list(map(lambda *a: a, *args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
for bad in [lambda: map(len, [], foo=1), lambda: map(len, strict=True), lambda: map(strict=True)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
# an error raised by an iterator is not a length mismatch
def boom():
    yield 1
    raise KeyError("boom")
try:
    list(map(lambda a, b: a, boom(), [1, 2], strict=True))
except KeyError as e:
    print("KeyError:", e)
print(list(zip("abc", range(3), strict=True)))
try:
    list(zip("abc", range(3), "de", strict=True))
except ValueError as e:
    print("ValueError:", e)
