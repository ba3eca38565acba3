# How deep an expression may nest: right-recursive chains overflow CPython's parser stack
# (MemoryError), left-recursive ones are too deep for its compiler (RecursionError).
def outcome(src):
    try:
        compile(src, "<s>", "exec")
        return "ok"
    except MemoryError as e:
        return f"MemoryError: {e}"
    except RecursionError:
        return "RecursionError"


n = 100_000
cases = {
    "not": "x = " + "not " * n + "1",
    "minus": "x = " + "- " * n + "1",
    "invert": "x = " + "~" * n + "1",
    "lambda": "f = " + "lambda: " * n + "1",
    "ifexp": "x = " + "1 if y else " * n + "0",
    "power": "x = " + "**".join(["2"] * n),
    "elif": "if x: pass\n" + "elif x: pass\n" * n,
    "plus": "x = " + "+".join(["1"] * n),
    "attribute": "x = " + ".".join(["a"] * n),
    "call": "f" + "()" * n,
    "subscript": "a" + "[0]" * n,
    "and": "x = " + " and ".join(["1"] * n),
    "compare": "x = " + " < ".join(["1"] * n),
    "tuple": "x = " + ", ".join(["1"] * n),
    "strings": "x = " + " ".join(["'a'"] * n),
}
for name, src in cases.items():
    print(name, outcome(src))

# Long chains within the limits compile and run.
print(eval("-" * 5000 + "1"))
print(eval("not " * 5001 + "1"))
print(eval("1 if 0 else " * 5000 + "2"))
print(eval("lambda: " * 1000 + "7")
      .__qualname__.count("<lambda>"))
print(eval("+".join(["1"] * 20000)))
print(eval("**".join(["1"] * 2000)))


class A:
    pass


a = A()
a.a = a
print(eval(".".join(["a"] * 10000)) is a)


def f():
    return f


print(eval("f" + "()" * 10000) is f)
