# A sequence's __add__ called directly raises the concatenation error (CPython's sq_concat
# wrapper) where a number's answers NotImplemented.
for f in [lambda: list.__add__([1], (2,)), lambda: str.__add__("a", 1), lambda: tuple.__add__((1,), [2]), lambda: bytes.__add__(b"a", "b")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(list.__add__([1], [2]), int.__add__(1, "a"), set.__or__({1}, [2]), float.__add__(1.0, "x"))
class RA:
    def __radd__(self, o): return "radd"
print([1] + RA(), "s" + RA())
