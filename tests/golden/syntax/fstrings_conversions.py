# f-string conversions !r !s !a.
s = "café"
print(f"{s}")
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
class P:
    def __repr__(self):
        return "P-repr"
    def __str__(self):
        return "P-str"
p = P()
print(f"{p} {p!r} {p!s} {p!a}")
print(f"{'tab\t'!r}")
print(f"{3.0!r} {None!s} {[1, 'a']!a}")
