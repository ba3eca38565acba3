# `and` / `or` return one of their operands; `not` returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default", None or 0 or [] or "last")
print([] and "x", [1] and "x", None and 1)
print(not 1, not 0, type(not 1).__name__)
def side(name, result):
    print("called", name)
    return result
print(side("a", 0) and side("b", 1))
print(side("c", 1) or side("d", 1))
print(side("e", 1) and side("f", 0) or side("g", "fallback"))
x = 0
print(x or x + 1 and x + 2)
