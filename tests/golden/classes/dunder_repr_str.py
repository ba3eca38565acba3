# __repr__ and __str__, and which one each context uses.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class Plain:
    pass
b, r = Both(), ReprOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r}", "%s %r" % (b, b))
print(format(b), f"{r}")
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)
