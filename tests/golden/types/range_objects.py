# range objects: construction, indexing, slicing, membership, equality.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1])
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 1)))
print(r.start, r.stop, r.step, r.index(8), r.count(8), 8 in r, 9 in r)
print(range(0, 3) == range(3), range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[10 ** 19:][:2])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(sum(range(101)), max(range(-5, 5)), reversed(range(3)).__class__.__name__)
