# bytes/bytearray expandtabs and istitle, and bytes.__bytes__.
print(b"a\tb\tc".expandtabs(), b"a\tb\tc".expandtabs(4), b"a\tb\tc".expandtabs(tabsize=2))
print(b"a\tb\nab\tc\r\tx".expandtabs(3), b"\xff\tx".expandtabs(4))
print(b"\t".expandtabs(0), b"\ta".expandtabs(-1), b"".expandtabs(), b"no tabs".expandtabs(1))
print(bytearray(b"\tx").expandtabs(2), type(bytearray(b"").expandtabs()).__name__)
print("\ta\rb\tc".expandtabs(4), "x\ty".expandtabs(3))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: b"\t".expandtabs(2.0))
attempt(lambda: b"\t".expandtabs(1, 2))
attempt(lambda: b"\t".expandtabs(x=1))
attempt(lambda: b"\t".expandtabs(2**31))
attempt(lambda: "\t".expandtabs(2**63))
attempt(lambda: "\t".expandtabs("8"))
for b in [b"Hello World", b"Hello world", b"", b"123", b"A1b", b"A1B", b"A Bc D", b"AB", b"\xc9t",
          b"Ab Cd", b"aB", b" A", b"A'S", b"Hello.World!"]:
    print(b, b.istitle(), bytearray(b).istitle())
attempt(lambda: b"A".istitle(1))
attempt(lambda: bytearray(b"A").istitle(1))
print(b"ab".__bytes__(), bytes.__bytes__(b"") == b"")
class B(bytes):
    pass
print(type(B(b"ab").__bytes__()).__name__, bytes.__bytes__(B(b"xy")))
x = b"same object"
print(x.__bytes__() is x, hasattr(bytearray, "__bytes__"))
attempt(lambda: b"x".__bytes__(1))
attempt(lambda: bytes.__bytes__("a"))
attempt(lambda: bytes.__bytes__(bytearray(b"a")))
