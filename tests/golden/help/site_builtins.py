# help, exit, quit, copyright, credits and license are in builtins for scripts too
# (CPython's site module adds them; their classes come from _sitebuiltins).
import builtins

for name in ["help", "exit", "quit", "copyright", "credits", "license"]:
    obj = getattr(builtins, name)
    cls = type(obj)
    print(name, cls.__module__, cls.__qualname__)
    print(repr(obj))

print(exit.name, exit.eof, quit.name)
print(type(exit).__doc__)
print(type(exit) is type(quit), type(copyright) is type(license))

try:
    exit(3)
except SystemExit as e:
    print("exit(3):", e.code, e.args)

try:
    quit()
except SystemExit as e:
    print("quit():", e.code, e.args)

try:
    exit(code="bye")
except SystemExit as e:
    print("exit(code=...):", e.code)

for call in [lambda: exit(1, 2), lambda: exit(bad=1), lambda: help(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

credits()
copyright()
