# CPython's compiler allows 21 statically nested blocks (CO_MAXBLOCKS) in one code object.
def nest(depth, header, footer=None):
    lines = []
    for i in range(depth):
        lines.append(" " * i + header.format(i=i))
    lines.append(" " * depth + "pass")
    if footer:
        for i in reversed(range(depth)):
            lines.append(" " * i + footer)
    return "\n".join(lines) + "\n"


cases = [
    ("for", "for i{i} in []:", None),
    ("while", "while x:", None),
    ("with", "with x:", None),
    ("try-finally", "try:", "finally: pass"),
    ("try-except", "try:", "except: pass"),
]
for name, header, footer in cases:
    for depth in [21, 22, 40]:
        try:
            compile(nest(depth, header, footer), "<s>", "exec")
            print(name, depth, "ok")
        except SyntaxError as e:
            print(name, depth, e.msg, e.lineno)

# Handlers count twice (the handler block and its cleanup).
src = "".join(" " * i + "try:\n" + " " * (i + 1) + "pass\n" + " " * i + "except:\n" for i in range(0, 30, 1))
src += " " * 30 + "pass\n"
try:
    compile(src, "<s>", "exec")
except SyntaxError as e:
    print("except", e.msg, e.lineno)

# A function body starts again from zero blocks.
outer = [" " * i + f"for i{i} in []:" for i in range(20)]
inner = [" " * (21 + i) + f"for j{i} in []:" for i in range(21)]
src = "\n".join(outer + [" " * 20 + "def f():"] + inner + [" " * 42 + "pass"]) + "\n"
compile(src, "<s>", "exec")
print("function ok")
