# bytes % args and bytearray % args (PEP 461): the conversions, flags, width and precision.
print(b"%b and %s" % (b"this", bytearray(b"that")))
print(b"%d items cost %.2f" % (3, 9.5))
print(b"%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print(b"%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print(b"%i %u %d" % (-7, -7, True), b"%d" % 3.99, b"%d" % 2**70, b"%x" % -2**40)
print(b"%e|%E|%f|%F|%g|%G" % (12345.678, 0.0001, 1.5, 2.25, 1e20, 1e-20))
print(b"%.0f %#.0f %#g %.3g %010.3f %+.2e" % (2.5, 2.0, 1.0, 3.14159, -3.14159, -1.5))
print(b"%f %F %010f %5.1f|" % (float("inf"), float("nan"), float("-inf"), float("nan")))
print(b"%.5d|%10.5d|%-10.5x|%#08x|%-08x|" % (-42, -42, -42, 255, 255))
print(b"%#5x|%#-5x|%#05x|%#o|%#x" % (1, 1, 1, -8, 0))
# %b and %s take bytes-like objects and objects with __bytes__; %a and %r take ascii(x).
class WithBytes:
    def __bytes__(self):
        return b"<wb>"
print(b"[%b] [%s]" % (WithBytes(), WithBytes()))
print(b"%a %r %a %r" % ("\xe9", b"q", 3.5, [1, "x"]))
print(b"%.2b|%5b|%-5s|%05s|%.1r|%5a|" % (b"abc", b"a", b"b", b"c", b"xyz", "a"))
print(b"%c%c%c|%3c|%-3c|" % (72, b"i", bytearray(b"!"), 65, b"B"))
print(b"\xff%s\x00%c" % (b"\xfe", 0xFD))
# The * width and precision take arguments; a negative width means left-aligned.
print(b"%*d|%-*s|%.*f|%*s|%.*s|" % (5, 1, 4, b"ab", 2, 3.14159, -3, b"x", -1, b"abc"))
print(b"%*.*f|" % (8, 2, 3.14159))
# Length modifiers are read and ignored; %% is a percent sign.
print(b"%ld %hd %Li 100%%" % (1, 2, 3))
# A mapping serves %(key) lookups with bytes keys (nested parentheses allowed).
print(b"%(name)s is %(age)d" % {b"name": b"Bo", b"age": 7})
print(b"%(a(b))s|%()s|%(x)-4d|" % {b"a(b)": b"x", b"": b"e", b"x": 1})
class Keys:
    def __getitem__(self, key):
        return key * 2
print(b"%(ab)s %(c)s" % Keys())
# A non-tuple argument is the single argument; a mapping or other subscriptable object that
# is not used is no error.
print(b"%s" % b"one", b"x" % {}, b"x" % [], b"x" % Keys(), b"x" % ())
# The result is bytes for bytes (even a subclass) and bytearray for bytearray.
class B(bytes):
    pass
print(bytearray(b"%d-%s") % (1, b"z"), type(B(b"%d") % 1).__name__)
print(bytes.__mod__(b"<%s>", b"x"), bytes.__rmod__(b"x", b"<%s>"), bytearray.__mod__(bytearray(b"%d"), 9))
print(b"x".__rmod__(1), bytearray(b"x").__rmod__(b"%s"), b"%s".__rmod__(b"y") if False else "-")
print(bytes.__mod__, bytearray.__rmod__)
