# The ZeroDivisionError message of each operation.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0 ** -1", lambda: 0 ** -1),
    ("10**30 // 0", lambda: 10 ** 30 // 0),
    ("pow(0, -2)", lambda: pow(0, -2)),
]
for text, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(f"{text:<18} -> {type(e).__name__}: {e}")
