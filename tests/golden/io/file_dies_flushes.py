# A file object that dies without close() is flushed and closed, so nothing written is
# lost. (A file held by a reference cycle is flushed too when the cycle is collected; CPython
# may lose that data, gh-62052, so tests/harness/cli.rs checks it instead.)
import os

path = "/tmp/ouro_golden_io_dies.txt"


def on_disk():
    with open(path) as r:
        return r.read()


f = open(path, "w")
f.write("dropped by del")
print(repr(on_disk()))
del f
print(repr(on_disk()))

open(path, "w").write("a temporary")
print(repr(on_disk()))


def scribble():
    g = open(path, "a")
    g.write(", from a function")


scribble()
print(repr(on_disk()))

os.remove(path)
