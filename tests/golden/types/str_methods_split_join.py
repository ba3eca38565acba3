# str: split, rsplit, splitlines, partition, join.
s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("a b c".split(maxsplit=1), "".split(), "".split(","))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(keepends=True))
print("key=value=more".partition("="), "novalue".partition("="), "a.b.c".rpartition("."))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join(str(i) for i in range(3)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
