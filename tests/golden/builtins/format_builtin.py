# format() builtin and __format__.
print(format(3.14159, ".2f"), format(42, "b"), format(42, "08x"), format("s", ">3"))
print(format(1e6, ",.1f"), format(0.25, "%"), format(123), format(None), format([1]))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return f"${self.v:{spec or '.2f'}}"
print(format(Money(3)), f"{Money(2.5):.1f}", "{:.3f}".format(Money(1)))
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
