# open(): iterating over lines, append mode, errors for missing files.
import os
path = "/tmp/ouro_golden_open_lines.txt"
with open(path, "w") as f:
    f.writelines(["alpha\n", "beta\n", "gamma"])
with open(path, "a") as f:
    f.write(" (appended)\ndelta\n")
with open(path) as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line))
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path) as f:
    print(len(list(f)))
os.remove(path)
try:
    open("/tmp/ouro_golden_does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.filename, e.strerror, isinstance(e, OSError))
try:
    open(path, "q")
except ValueError as e:
    print("ValueError:", e)
