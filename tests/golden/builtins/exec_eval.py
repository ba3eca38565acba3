# eval, exec and compile: namespaces, modes, code objects, errors.

print(eval("1 + 2 * 3"), eval("  [x * x for x in range(4)]"), eval("\t'tab'"))
x = 10
print(eval("x + 1"), eval("x", {"x": 5}), eval("x + y", {"x": 1}, {"y": 2}))


def f(a):
    b = a * 2
    return eval("a + b"), eval("len(s)", {"s": "abc"})


print(f(3))

g = {}
exec("y = 1\ndef h():\n    return y + 1\n", g)
print(sorted(k for k in g if k != "__builtins__"), g["h"](), type(g["__builtins__"]).__name__)

exec("z = 42")
print(z)


def local_exec():
    v = 1
    exec("v = 2; w = 3")
    return v, "w" in locals()


print(local_exec())

ns = {}
exec("class K:\n    attr = 'class attr'\n", ns)
print(ns["K"].attr, ns["K"].__module__ if "__name__" in ns else "no __name__")

code = compile("a * 2", "<calc>", "eval")
print(type(code).__name__, eval(code, {"a": 21}))
code = compile("print('exec mode', n)", "<prog>", "exec")
exec(code, {"n": 7})
print(eval(compile("3", "<s>", "eval")))
print(exec("1 + 1"), eval(b"2 + 2"))

for bad in ["x = 1", "1; 2", "", "(", "def"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError:", type(e).__name__, e.lineno, e.filename)

try:
    exec("1 +")
except SyntaxError as e:
    print("exec SyntaxError:", e.msg, e.lineno)

try:
    compile("x", "<f>", "nonsense")
except ValueError as e:
    print("ValueError:", e)

for bad_args in [(1,), ("1", []), ("1", {}, 5)]:
    try:
        eval(*bad_args)
    except TypeError as e:
        print("TypeError:", e)
try:
    exec("pass", [])
except TypeError as e:
    print("TypeError:", e)

try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)

try:
    exec("def fail():\n    return 1 / 0\nfail()")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

exec("def boom():\n    raise ValueError('from exec')\n")
boom()
