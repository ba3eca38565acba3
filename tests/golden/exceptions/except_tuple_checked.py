# Every entry of an except tuple must be an exception class, checked before any is matched.
def catch(types):
    try:
        1 / 0
    except types:
        return "caught"

for types in [(ZeroDivisionError, 1), (ValueError, 1), (ZeroDivisionError, ArithmeticError), 1, "x"]:
    try:
        print(repr(types), "->", catch(types))
    except Exception as e:
        print(repr(types), "->", type(e).__name__, e)
