# CPython's tokenizer allows 99 levels of indentation (MAXINDENT 100).
def nested(depth, header="if x:"):
    lines = [" " * i + header for i in range(depth)]
    return "x = 1\n" + "\n".join(lines) + "\n" + " " * depth + "y = 1\n"


for depth in [98, 99, 100, 1000]:
    try:
        exec(nested(depth), {})
        print(depth, "ok")
    except SyntaxError as e:
        print(depth, type(e).__name__, e.msg, e.lineno)
try:
    compile(nested(1000, "def f():"), "<s>", "exec")
except SyntaxError as e:
    print("def", type(e).__name__, e.msg, e.lineno)
