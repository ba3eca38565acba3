# An uncaught exception raised as a bare class: no message after its name.
def check(value):
    if value is None:
        raise ValueError
    return value

print(check(1))
check(None)
