for src in ["int.x = 1", "import os", "x += 1", "x: int = 3", "pass", "1\n2", "a, b = 1, 2", "del x", "if x: pass", "x = y = 2"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), repr(e.text), e.offset, e.end_offset, e.msg)
e = SyntaxError('m')
print(e.msg, e.text, e.offset, e.lineno, e.filename, e.end_offset, e.end_lineno)
try:
    exec("def f(:\n  pass\n")
except SyntaxError as e:
    print(e.msg, repr(e.text), e.offset, e.lineno, e.filename, e.end_offset, e.end_lineno)
try:
    compile("x = 1\nreturn 5\n", "prog.py", "exec")
except SyntaxError as e:
    print(e.msg, repr(e.text), e.offset, e.lineno, e.filename, e.end_offset, e.end_lineno)
