# printf-style % formatting.
print("%s and %s" % ("this", "that"))
print("%d items cost %.2f" % (3, 9.5))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %g %G %.3g" % (12345.678, 0.00001, 1e20, 3.14159))
print("%r %s %a" % ("q", "q", "é"))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7})
print("%c%c" % (72, "i"), "100%%" % (), "%s" % [1, 2], "%s" % (1,))
print("%*d|%-*s|%.*f" % (5, 1, 4, "ab", 2, 3.14159))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
