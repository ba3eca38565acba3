# ValueError and TypeError from int().
for args in [("abc",), ("12.5",), ("",), ("1 2",), ("0x10",), ("9", 8), ("12", 1), ("12", 37), ("_1",), ("1__0",)]:
    try:
        int(*args)
    except ValueError as e:
        print("ValueError:", e)
for bad in [None, [1], object()]:
    try:
        int(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
int("forty-two")
