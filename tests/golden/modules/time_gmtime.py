# time.gmtime, asctime and mktime on fixed timestamps, with CPython's errors.
import time

for secs in [0, 1, 1.5, -1, -1.5, 1e9, 951782400, 2**31, 10**10, 253402300799, True]:
    print(secs, time.gmtime(secs))
g = time.gmtime(1e9)
print(g.tm_zone, g.tm_gmtoff)
print(time.gmtime(None).tm_year >= 2024, len(time.gmtime()))


class Index:
    def __index__(self):
        return 2000


print(time.gmtime(Index()))

for bad in ["a", [1], 1e20, -1e20, 2**70, 2**63, float("nan"), float("inf")]:
    try:
        time.gmtime(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    time.gmtime(1, 2)
except TypeError as e:
    print("TypeError:", e)

# asctime: of a struct_time or a 9-tuple, after CPython's range checks.
print(time.asctime(g))
print(time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((2000, 0, 0, 0, 0, 61, -1, 0, 5)))  # 0 means the first, -1 is Sunday
print(time.asctime((12345, 12, 31, 23, 59, 59, 13, 366, 0)))
for tup in [
    (2000, 13, 1, 0, 0, 0, 0, 1, 0),
    (2000, 1, 32, 0, 0, 0, 0, 1, 0),
    (2000, 1, 1, 24, 0, 0, 0, 1, 0),
    (2000, 1, 1, 0, 60, 0, 0, 1, 0),
    (2000, 1, 1, 0, 0, 62, 0, 1, 0),
    (2000, 1, 1, 0, 0, 0, -2, 1, 0),
    (2000, 1, 1, 0, 0, 0, 0, 367, 0),
    (2000,),
    (1,) * 10,
    (2000.0, 1, 1, 0, 0, 0, 0, 1, 0),
    ("x", 1, 1, 0, 0, 0, 0, 1, 0),
    (2**70, 1, 1, 0, 0, 0, 0, 1, 0),
    [2000, 1, 1, 0, 0, 0, 0, 1, 0],
    "abc",
    None,
]:
    try:
        print(time.asctime(tup))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    time.asctime(g, g)
except TypeError as e:
    print("TypeError:", e)

# mktime of a UTC-equal time zone: compare with the offset, which holds in any zone.
for secs in [0, 1e9, 1234567890, 2**31 - 1]:
    loc = time.localtime(secs)
    print(secs, time.mktime(loc) == secs)
print(time.mktime((2000, 13, 1, 0, 0, 0, 0, 1, 0)) == time.mktime((2001, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.mktime((2000, 1, 32, 0, 0, 0, 9, 400, 0)) == time.mktime((2000, 2, 1, 0, 0, 0, 0, 1, 0)))
for arg in [(2000,), 5, [2000, 1, 1, 0, 0, 0, 0, 1, 0], (2**70, 1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        time.mktime(arg)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for args in [(), ((2000,) * 9, 1)]:
    try:
        time.mktime(*args)
    except TypeError as e:
        print("TypeError:", e)
