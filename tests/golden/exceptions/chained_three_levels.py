# Three exceptions chained implicitly and explicitly.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("not a number") from e

try:
    parse("x")
except TypeError:
    raise RuntimeError("processing failed")
