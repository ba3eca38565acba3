# The symbol table's errors, as compile() reports them: message and line.
sources = [
    "def f():\n def g():\n  nonlocal a",
    "def f():\n nonlocal x",
    "class A:\n nonlocal x",
    "def f():\n global x\n def g():\n  nonlocal x",
    "def f():\n x = 1\n def g():\n  nonlocal x\n  global x",
    "def f():\n nonlocal __class__",
    "def f(a, a): pass",
    "def f(*, a, **a): pass",
    "lambda a, a: 1",
    "def f(x):\n global x",
    "def f(x):\n nonlocal x",
    "def f():\n x = 1\n global x",
    "def f():\n print(x)\n nonlocal x",
    "def f():\n print(x)\n global x",
    "x: int = 1\nglobal x",
    "def f():\n x: int\n global x",
    "def f():\n global x\n x: int = 1",
    "def f():\n y = 1\n def g():\n  nonlocal y\n  y: int = 1",
    "[i := 0 for i in range(3)]",
    "[[(j := j) for i in range(5)] for j in range(5)]",
    "[x for x in (y := [1])]",
    "[i for i in range(3) for k in (j := [1])]",
    "[i for i in range(3) if (j := 0) for j in range(2)]",
    "class C:\n [(z := 1) for i in range(3)]",
    "def f(): return [(yield) for x in y]",
    "def f(): return {(yield) for x in y}",
    "def f(): return {(yield): 1 for x in y}",
    "def f(): return list((yield) for x in y)",

    "def f():\n from os import *",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(e.msg), e.lineno)
