# time.strftime with a fixed time tuple: the C library's directives in the C locale.
import time

t = (2001, 9, 9, 1, 46, 40, 6, 252, 0)
for d in "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyY%":
    print(repr("%" + d), repr(time.strftime("%" + d, t)))
print(time.strftime("%Y-%m-%d %H:%M:%S (%a %j) %%", t))
print(time.strftime("%d/%m/%Y %I:%M %p", (1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.strftime("%I %p|%I %p|%I %p", (2000, 1, 1, 0, 0, 0, 5, 1, 0)))
print(time.strftime("%I %p", (2000, 1, 1, 12, 0, 0, 5, 1, 0)), time.strftime("%I %p", (2000, 1, 1, 13, 0, 0, 5, 1, 0)))
# Week numbers and the ISO year around new year.
for tup in [
    (2000, 1, 1, 0, 0, 0, 5, 1, 0),
    (2000, 12, 31, 0, 0, 0, 6, 366, 0),
    (2021, 1, 1, 0, 0, 0, 4, 1, 0),
    (2020, 12, 31, 0, 0, 0, 3, 366, 0),
    (2019, 12, 30, 0, 0, 0, 0, 364, 0),
]:
    print(time.strftime("%U %W %V %G %g %u %w", tup))
# Flags and widths (GNU extensions).
print(time.strftime("%5Y|%3a|%-y|%_j|%-j|%010Y|%-m|%_H|%-H|%_m|%-I", t))
print(time.strftime("%Ex|%EX|%Ey|%EC|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy", t))
# Zero for the month, the day and the year day means the first; -1 for the week day, Sunday.
print(time.strftime("%m %d %j %a", (2000, 0, 0, 0, 0, 0, -1, 0, 0)))
print(time.strftime("%S", (2000, 1, 1, 0, 0, 61, 0, 1, 0)))
print(repr(time.strftime("", t)), time.strftime("é%Y€", t), repr(time.strftime("a\0b%Y", t)))
print(len(time.strftime("%Y" * 300, t)))
# The zone of a struct_time, and of a plain tuple (none, unless isdst is -1: empty).
print(time.strftime("%Z %z", time.gmtime(0)))
print(time.strftime("%Z|%z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, "ABC", 3600))))
print(time.strftime("%Z|%z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, "ABC", -5400))))
print(repr(time.strftime("%z", (2000, 1, 1, 0, 0, 0, 0, 1, -1))))
print(time.strftime("%z", (2000, 1, 1, 0, 0, 0, 0, 1, 5)))
print(time.strftime("%s", time.localtime(1e9)))
# Errors: range checks, bad arguments, and bad hidden fields of a struct_time.
for args in [
    ("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0)),
    ("%Y", (2000, 1, 32, 0, 0, 0, 0, 1, 0)),
    ("%Y", (2000, 1, 1, 24, 0, 0, 0, 1, 0)),
    ("%Y", (2000, 1, 1, 0, 0, 62, 0, 1, 0)),
    ("%Y", (2000, 1, 1, 0, 0, 0, -3, 1, 0)),
    ("%Y", (2000, 1, 1, 0, 0, 0, 0, -1, 0)),
    ("%Y", (2000, 1, 1, 0, 0, 0, 0, 367, 0)),
    (5, t),
    (b"%Y", t),
    ("%Y", 5),
    ("%Y", None),
    ("%Y", (1, 2)),
    ("%Y", t + (1,)),
    ("%Y", [2000, 1, 1, 0, 0, 0, 0, 1, 0]),
    ("%Y", (2000.5, 1, 1, 0, 0, 0, 0, 1, 0)),
    ("%Y", (-2**31, 1, 1, 0, 0, 0, 0, 1, 0)),
    ("%Y", time.struct_time(t + (5, 0))),
    ("%Y", time.struct_time(t + ("A", "x"))),
    ("%Y", time.struct_time(t + ("A", 2**70))),
    (),
    ("%Y", t, 3),
]:
    try:
        print(time.strftime(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
