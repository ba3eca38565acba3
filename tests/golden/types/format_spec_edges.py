# The format-spec mini-language at its edges: separators against presentation types, the
# 'z' flag (PEP 682), fractional-part grouping (new in 3.14), the alternate form of floats,
# and which error each type reports first.


def show(value, spec):
    try:
        print(repr(value), repr(spec), repr(format(value, spec)))
    except (ValueError, OverflowError) as e:
        print(repr(value), repr(spec), type(e).__name__, e)


# Separators: checked against the type before anything else.
for value, spec in [
    ("a", ",s"), ("a", "_s"), ("a", ","), ("a", "_"), (1.5, ",s"), (1, ",a"), (1, ",.3a"),
    (1, ",x"), (1, "_x"), (1, ",b"), (1, "_o"), (1, ",c"), (1, "_c"), (1, ",n"), (1.5, "_n"),
    (1, ",_"), (1, "_,"), (1, ",_d"), (1, ",,"), (1, "__"), (1, ",X"), (1234567, "_X"),
    (0xABCDEF, "0=12_x"), (1234567, "#_b"), (1.5, ".,n"), (1.5, ".3,,f"), (1.5, "._,f"),
]:
    show(value, spec)

# 'z': negative zero coerced for floats only.
for value, spec in [
    (-0.01, "z.1f"), (-0.0, "z"), (-0.0, "zf"), (-0.0, "z.0f"), (-0.01, "z.1e"),
    (-0.01, "z.1g"), (-0.001, "z.1%"), (-0.0, "z%"), (-0.0, "zg"), (-0.0, "z.3"),
    (-0.0, "zE"), (-0.0, "z#g"), (-0.0, "zn"), (-1e-10, "z"), (-1e-10, "z.2"),
    (-0.01, "+z.1f"), (-0.01, " z.1f"), (-0.01, "=z10.1f"), (-0.01, "z010.1f"),
    (-0.01, "<z10.1f"), (-0.4, "z.0f"), (-0.5, "z.0f"), (-0.6, "z.0f"), (float("-inf"), "z"),
    (-0.001, "z=+10.2f"), (-1, "z%"), (-0.01, "z+.1f"), (-0.0, "#z.0f"), (-0.0, "z#.0f"),
    (1, "z"), (0, "zd"), (0, "zx"), (True, "z"), ("a", "z"), ("a", "zs"), ("a", "z#"),
]:
    show(value, spec)
x = -0.001
print(f"{x:z.2f}", "{:z.2f}".format(x), f"{x:{'z'}.2f}", "{0:z}".format(-0.0))

# Unknown codes are reported before precision, sign and '#' complaints.
for value, spec in [
    (1, ".3a"), (1, ".3s"), (1, ".3"), (1, ".3d"), (1, "a"), ("a", ".3a"), ("a", "d"),
    (1.5, "d"), (1.5, "c"), (1.5, ".3a"), (True, "s"), (-0.0, "z+"), (-0.0, "z "),
    (65, "+c"), (65, "#c"), (65, ".2c"), (65, "5c"), (65, "05c"), (65, "=5c"), (65, "_>5c"),
    (-1, "c"), (0x110000, "c"), (2**70, "c"), ("a", " s"), ("a", "+"), ("a", "#s"),
    ("ab", "=5"), ("a", "05"), ("a", "0<5"), (1, "1.1.1"), (1.5, ".,2"), ("a", "#z"),
]:
    show(value, spec)

# Grouping of the fractional digits, and zero padding that groups.
for value, spec in [
    (1234.5678, ".,f"), (1234.5678, "._f"), (1234.5678, ".4_f"), (1234.5678, ",.7_f"),
    (1234.5678, "_.7,f"), (1234.5678, ".10_e"), (1234.5678, ".10_g"), (1234.5678, "._"),
    (1234.5678, ".,%"), (1234.5678, "020.7_f"), (1234.5678, "020,.7_f"),
    (1234.5678, "^20.7,f"), (1234.5678, "=+20.7_f"), (0.1, ".20_f"), (1, ".,d"),
    (1, ".5,f"), ("abc", ".2,s"), (float("inf"), ".3_f"), (1234, "0=10,"), (1234, "=010,"),
    (1234, "<010,"), (1234, "0>10,"), (-1234, "0=10_"), (1234.5, "0=12,.1f"),
    (float("-inf"), "010,"), (float("nan"), "010"),
]:
    show(value, spec)

# The alternate form and precision 0 of floats (CPython's format_float_short).
for value in [0.0, 7.0, 1234.5678, 1e16, 1.5e-7]:
    print([format(value, spec) for spec in ["#.0g", "#.0e", "#,.0E", "#9,.0%", "#", ".0", "#.0", "9,.0", "#.3g", "#.0f"]])
print("%#.0e|%#.0f|%#.0g|%.0e|%#.3g" % (1.5, 2.5, 0.5, 0.0, 1.0))
