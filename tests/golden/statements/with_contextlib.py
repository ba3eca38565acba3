# contextlib.contextmanager and contextlib.suppress.
from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("inside tag")
except ValueError as e:
    print("caught", e)
with suppress(IndexError, KeyError):
    [][0]
print("suppressed IndexError")
