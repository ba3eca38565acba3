# String formatting: f-strings (plain, with !r, with format specs for width,
# alignment, fill, sign, thousands separators, precision, hex/octal/binary and
# exponent forms, nested specs), printf-style % formatting, str.format with
# positional, keyword, indexed and attribute fields, format() on user classes with
# __format__, and str()/repr() of ints, floats and containers.
# Prints one line, "checksum <value>".

ROUNDS = 28
N = 4000


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        text = f"{self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec) if spec else text

    def __repr__(self):
        return f"Money({self.cents})"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def digest(s, h):
    for ch in s:
        h = (h * 33 + ord(ch)) & 0xFFFFFFFF
    return h


def one_round(r):
    h = r
    total = 0
    names = ["alpha", "beta", "gamma", "delta", "epsilon"]
    for i in range(N):
        n = i * 7919 + r
        x = (i - 2000) / 7.0 + r
        name = names[i % 5]
        width = 6 + i % 5
        p = Point(i, -i)
        m = Money(n)
        parts = [
            f"{n}",
            f"{n:>12}|{n:<8}|{n:^10}",
            f"{n:+d} {n:,} {n:_x} {n:#o} {n:#b}",
            f"{x:.3f} {x:10.2f} {x:e} {x:.4g} {x:%}",
            f"{name!r} {name:*^15} {name:{width}} {name[:3]}",
            f"{m} {m:>12} {m!r}",
            f"{p.x},{p.y} {[p.x, p.y]} {(n, name)}",
            "%d %5d %-5d| %x %X %o %s %r" % (n, i, i, n, n, n, name, name),
            "%.2f %8.3f %e %g %%" % (x, x, x, x),
            "%(name)s=%(val)05d" % {"name": name, "val": i},
            "{} {} {}".format(n, x, name),
            "{0}-{1}-{0} {2:>6}".format(i, r, name),
            "{a}:{b:.1f} {p.x}/{p.y} {lst[1]}".format(a=i, b=x, p=p, lst=names),
            str(n) + repr(x) + str(i % 3 == 0),
            format(n, "08x") + format(x, ".5") + format(i, ","),
        ]
        line = " ".join(parts)
        total += len(line)
        # every character of one line in 32, a sample of the others (the
        # character loop would otherwise cost more than the formatting)
        h = digest(line if i % 32 == 0 else line[i % 13::29], h)
    return total * 7 + h


def main():
    checksum = 0
    for r in range(ROUNDS):
        checksum = (checksum * 1000003 + one_round(r)) % (1 << 61)
    print("checksum", checksum)


main()
