# A SyntaxError raised by exec() and never caught: the traceback, then the error's own lines.
print("before")
exec("x = = 1")
