# open(): write and read text files under /tmp, with `with` closing them.
import os
path = "/tmp/ouro_golden_open_text.txt"
with open(path, "w") as f:
    print(f.write("first line\n"), f.closed)
    f.write("second line\n")
    print("third", "line", file=f)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(3)))
f = open(path, "w")
f.write("é ünïcode\n")
f.close()
with open(path, encoding="utf-8") as f:
    print(f.read().strip())
print(os.path.exists(path))
os.remove(path)
print(os.path.exists(path))
