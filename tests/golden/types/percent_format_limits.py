# printf-style formatting at its limits: CPython's width and precision errors, and zero
# extension by a precision, without building anything quadratic or aborting.
for fmt, args in [
    ("%.2147483648s", "a"),
    ("%.99999999999999999999d", 1),
    ("%99999999999999999999d", 1),
    ("%.*d", (2**31, 1)),
    ("%.*f", (2**31, 1.5)),
    ("%.*s", (2**31, "a")),
    ("%*d", (2**70, 1)),
    ("%.*d", (-5, 1)),
    ("%*d", (-3, 1)),
    ("%.100d", 5),
    ("%.100x", -5),
    ("%#.30o", 8),
    ("%+.5d|%-8.3d|%08.3d", (7, 7, 7)),
]:
    try:
        print(repr(fmt % args))
    except (ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print(len("%.200000d" % 3))
