# `raise ... from None` suppresses the context; __cause__/__context__ attributes.
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("replaced") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("chained") from e
except ValueError as e:
    print(repr(e.__cause__), type(e.__context__).__name__, e.__suppress_context__)
def lookup(key):
    try:
        return {"a": 1}[key]
    except KeyError:
        raise LookupError(f"no key {key}") from None
lookup("z")
