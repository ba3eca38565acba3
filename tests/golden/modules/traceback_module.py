# The traceback module prints what an uncaught exception would print.
import sys
import traceback


def inner():
    return 1 / 0


def outer():
    inner()


try:
    outer()
except ZeroDivisionError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])

print(repr(traceback.format_exc()))

try:
    {}["missing"]
except KeyError as e:
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e)).splitlines()[-1])
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, None, file=sys.stdout)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")
except RuntimeError as e:
    lines = "".join(traceback.format_exception(e)).splitlines()
    print([l for l in lines if not l.startswith(" ")])
