# math errors: domain errors, overflow and bad argument types.
import math
tests = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("acos(2)", lambda: math.acos(2)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("isqrt(-4)", lambda: math.isqrt(-4)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("comb(3, -1)", lambda: math.comb(3, -1)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
]
for text, fn in tests:
    try:
        print(text, "=", fn())
    except (ValueError, OverflowError, TypeError) as e:
        print(f"{text}: {type(e).__name__}: {e}")
