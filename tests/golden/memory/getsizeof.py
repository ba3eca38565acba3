# oracle: native
# sys.getsizeof as 64-bit CPython 3.14 reports it (issue 11). The expected output comes from
# the native build (the marker above), not the 32-bit WebAssembly oracle, whose sizes are
# about half these.
import sys


def show(label, obj):
    print(f"{label}: {sys.getsizeof(obj)}")


print("-- int, float, bool, None")
show("0", 0)
show("1", 1)
show("2**30", 2**30)
show("2**64", 2**64)
show("-(2**100)", -(2**100))
show("1.5", 1.5)
show("True", True)
show("None", None)

print("-- tuple")
show("()", ())
show("(1,)", (1,))
show("(1, 2, 3)", (1, 2, 3))

print("-- list")
show("[]", [])
show("[1, 2, 3]", [1, 2, 3])
grown = []
for i in range(1, 21):
    grown.append(i)
    show(f"appended to length {i}", grown)

print("-- dict")
show("{}", {})
show("1 key", {"a": 1})
show("10 keys", {k: k for k in range(10)})

print("-- set, frozenset")
show("set()", set())
show("{1, 2, 3}", {1, 2, 3})
show("frozenset()", frozenset())

print("-- str")
show("''", "")
show("'abc'", "abc")
show("'\\xe9' * 3", "\xe9" * 3)
show("'ab\\u20ac'", "ab\u20ac")
show("'\\U0001f600'", "\U0001f600")

print("-- bytes, bytearray")
show("b''", b"")
show("b'abc'", b"abc")
show("bytearray()", bytearray())
show("bytearray(b'abc')", bytearray(b"abc"))

print("-- object, instances")


class Two:
    def __init__(self):
        self.a = 1
        self.b = 2


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


show("object()", object())
show("instance with two attributes", Two())
show("two-slot __slots__ instance", Slotted())

print("-- range, slice")
show("range(10)", range(10))
show("slice(1, 2)", slice(1, 2))
