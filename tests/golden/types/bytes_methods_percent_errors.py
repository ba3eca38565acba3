# The errors of bytes % args, with CPython's messages.
def attempt(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class NotBytes:
    def __bytes__(self):
        return "not bytes"
class Index:
    def __index__(self):
        return 66
class Int:
    def __int__(self):
        return 7
class Float:
    def __float__(self):
        return 2.5
class BadFloat:
    def __float__(self):
        return "x"

attempt(b"%b", "str")
attempt(b"%s", 5)
attempt(b"%s", None)
attempt(b"%b", [b"a"])
attempt(b"%b", NotBytes())
attempt(b"%d %d", (1,))
attempt(b"%s", ())
attempt(b"%d", (1, 2))
attempt(b"x", 5)
attempt(b"x", b"abc")
attempt(b"x", bytearray(b"abc"))
attempt(b"x", "abc")
attempt(b"%c", b"ab")
attempt(b"%c", b"")
attempt(b"%c", bytearray(b"xy"))
attempt(b"%c", 256)
attempt(b"%c", -1)
attempt(b"%c", 2**100)
attempt(b"%c", "a")
attempt(b"%c", 65.0)
attempt(b"%c", Index())
attempt(b"%c", True)
attempt(b"%x", 1.5)
attempt(b"%o", 3.0)
attempt(b"%d", "1")
attempt(b"%i", b"1")
attempt(b"%d", Index())
attempt(b"%x", Index())
attempt(b"%d", Int())
attempt(b"%x", Int())
attempt(b"%d", float("nan"))
attempt(b"%d", float("inf"))
attempt(b"%f", "a")
attempt(b"%f", 10**400)
attempt(b"%g", Float())
attempt(b"%f", Index())
attempt(b"%f", BadFloat())
attempt(b"%(a)s", (1,))
attempt(b"%(a)s", b"abc")
attempt(b"%(a)s", {"a": b"str key"})
attempt(b"%(a)s", [])
attempt(b"%(a", {})
attempt(b"%(", {})
attempt(b"%(a)", {b"a": 1})
attempt(b"%(a)%", {})
attempt(b"%(a)*d", {b"a": 1})
attempt(b"%(a)s %s", {b"a": b"v"})
attempt(b"%", ())
attempt(b"%0", ())
attempt(b"%.", (1,))
attempt(b"%*", (1,))
attempt(b"%s %", b"x")
attempt(b"%y", 1)
attempt(b"%y", ())
attempt(b"ab%(a)y", {b"a": 1})
attempt(b"%5(a)d", {b"a": 1})
attempt(b"%lld", 1)
attempt(b"%\n", 1)
attempt(b"%\x7f", 1)
attempt(b"%\xe9", 1)
attempt(b"%5%", ())
attempt(b"%-5%|", (b"x",))
attempt(b"%*d", ("a", 1))
attempt(b"%.*d", (1.0, 1))
attempt(b"%*d", (2**70, 1))
attempt(b"%.*d", (2**40, 1))
attempt(b"%99999999999999999999d", 1)
attempt(b"%.99999999999999999999d", 1)
attempt(b"%.3000000000d", 1)
attempt(bytearray(b"%d"), "x")
attempt(bytearray(b"%s %s"), (b"a",))
try:
    5 % b"x"
except TypeError as e:
    print("TypeError:", e)
for call in (lambda: bytes.__mod__("a", 1), lambda: bytearray.__mod__(b"a", 1),
             lambda: b"%s".__mod__(b"x", 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
