# str.format with positional, keyword, index/attribute access and specs.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {d[k]}".format(["p", "q"], d={"k": "v"}))
class P:
    x = 3
print("{p.x} {p.__class__.__name__}".format(p=P()))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:,} {:x} {:#b}".format(3.14159, 5, 10 ** 6, 255, 5))
print("{0!r} {0!s}".format("q"), "{{}} {}".format("braces"))
print("{:{w}.{p}f}".format(2.5, w=8, p=2))
print(format(0.5, ".0%"), format(42, "*^9"), format("s", ""))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
