# assert with and without a message; the failing one is uncaught.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e))
x = 3
assert x > 5, f"x is too small: {x}"
print("not reached")
