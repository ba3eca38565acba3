# raise forms: class, instance, bare re-raise, re-raise after handling.
def check(n):
    if n < 0:
        raise ValueError
    if n == 0:
        raise ValueError("zero is not allowed")
    return n
for n in (-1, 0, 1):
    try:
        print(check(n))
    except ValueError as e:
        print("ValueError", repr(e), e.args)
try:
    try:
        check(0)
    except ValueError:
        print("handling, then re-raising")
        raise
except ValueError as e:
    print("outer caught:", e)
try:
    raise TypeError("a", 1)
except TypeError as e:
    print(e, e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
