# str % args follows the same parser as bytes: the argument is taken before the conversion
# is checked, one length modifier at most, a mapping key's value is used once.
def attempt(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Index:
    def __index__(self):
        return 66
class Float:
    def __float__(self):
        return 2.5
class BadFloat:
    def __float__(self):
        return "x"
class Keys:
    def __getitem__(self, key):
        return key + "!"
attempt("%5%|", (1,))
attempt("%5%", ())
attempt("%-5%|", ("x",))
attempt("%y", ())
attempt("%y", 1)
attempt("%(a)%", {})
attempt("%(a)%", {"a": 1})
attempt("%lld", 1)
attempt("%(a)s %s", {"a": 1})
attempt("%s %(a)s", {"a": 1})
attempt("%(a)*d", {"a": 1})
attempt("%(a)-5d|", {"a": 1})
attempt("%5(a)d|", {"a": 1})
attempt("%(a)s", Keys())
attempt("%s %s", Keys())
attempt("x", b"abc")
attempt("x", bytearray())
attempt("%(a)s", b"abc")
attempt("%(a)s", [])
attempt("%(a)s", "abc")
attempt("%(a", 5)
attempt("%c", Index())
attempt("%c", True)
attempt("%c", 1.0)
attempt("%c", 0x110000)
attempt("%c", 2**100)
attempt("%05c|", "a")
attempt("%05r|", "a")
attempt("%f", Float())
attempt("%f", Index())
attempt("%f", BadFloat())
attempt("%f", 10**400)
attempt("%d", 1e300)
attempt("%x", 1e300)
attempt("%d", Float())
attempt("%\x1f", 1)
attempt("%\x1e", 1)
attempt("%\x7f", 1)
attempt("%~", 1)
attempt("%\xe9", 1)
attempt("%*s", (1.0, "a"))
attempt("%*s", (True, "a"))
attempt("%-*d|", (-3, 1))
attempt("%0*d|", (-3, 1))
attempt("%05.1f|", float("nan"))
attempt("%+f", float("nan"))
attempt("%#.3g", 0.0)
attempt("%.1s|%5.3s|", ("\xe9\xfc", "abcdef"))
