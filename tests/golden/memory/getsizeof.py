# oracle: native
# sys.getsizeof as 64-bit CPython 3.14 reports it, for the objects whose layout ouro shares with
# CPython (the expected output comes from the native build, the marker above, not the 32-bit
# WebAssembly oracle). Objects whose layout differs (dict, set, non-ASCII str,
# instances) are listed with ouro's numbers in docs/differences.md and checked in
# tests/harness/sizes.rs.
import sys


def show(label, obj):
    print(f"{label}: {sys.getsizeof(obj)}")


print("-- int, bool")
for label in ["0", "1", "-1", "2**30 - 1", "2**30", "2**60", "2**63", "2**64", "-2**64", "10**100", "-(10**100)"]:
    show(label, eval(label))
show("True", True)
show("False", False)

print("-- float, None")
show("1.5", 1.5)
show("-0.0", -0.0)
show("None", None)

print("-- tuple")
show("()", ())
show("(1,)", (1,))
show("(1, 2, 3)", (1, 2, 3))
show("tuple(range(10))", tuple(range(10)))

print("-- list")
show("[]", [])
x = 1
show("[x, x, x]", [x, x, x])
show("[1, 2, 3] (constants)", [1, 2, 3])
show("[1, 2, 3, 4, 5] (constants)", [1, 2, 3, 4, 5])
show("list(range(3))", list(range(3)))
show("[*range(3)]", [*range(3)])
show("[x] * 3", [x] * 3)
show("comprehension of 3", [i for i in range(3)])
grown = []
for i in range(1, 26):
    grown.append(i)
    show(f"appended to length {i}", grown)
while grown:
    grown.pop()
    show(f"popped to length {len(grown)}", grown)
extended = []
extended.extend((1, 2, 3))
show("[] extended by 3", extended)
extended.extend(range(10))
show("then by 10 more", extended)

print("-- str (ASCII), bytes")
show("''", "")
show("'abc'", "abc")
show("'x' * 100", "x" * 100)
show("str(12345)", str(12345))
show("b''", b"")
show("b'abc'", b"abc")
show("bytes(100)", bytes(100))

print("-- bytearray")
show("bytearray()", bytearray())
show("bytearray(b'abc')", bytearray(b"abc"))
show("bytearray(100)", bytearray(100))
grown_bytes = bytearray()
sizes = []
for i in range(40):
    grown_bytes.append(i)
    sizes.append(sys.getsizeof(grown_bytes))
print("appended one at a time:", sizes)
grown_bytes += b"0123456789"
show("then += 10 bytes", grown_bytes)
del grown_bytes[5:]
show("then cut to 5", grown_bytes)
grown_bytes.clear()
show("then cleared", grown_bytes)

print("-- object, range, slice")
show("object()", object())
show("range(10)", range(10))
show("range(10**30)", range(10**30))
show("slice(1, 2)", slice(1, 2))

print("-- __sizeof__ and the GC prefix")
print([].__sizeof__(), ().__sizeof__(), "".__sizeof__(), object().__sizeof__())


class Sized:
    def __sizeof__(self):
        return 1000


print(sys.getsizeof(Sized()) - 1000 > 0)


class Bad:
    def __sizeof__(self):
        return -1


try:
    sys.getsizeof(Bad())
except ValueError as e:
    print("ValueError:", e)


class NotInt:
    def __sizeof__(self):
        return "big"


try:
    sys.getsizeof(NotInt())
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(NotInt(), "default"))
