# Files are closed by `with` (even on errors) and by close().
path = "/tmp/ouro_golden_file_context_close.txt"
with open(path, "w") as f:
    f.write("data\n")
    print("inside with:", f.closed)
print("after with:", f.closed)
try:
    with open(path) as g:
        print(g.readline().strip())
        raise RuntimeError("error inside with")
except RuntimeError as e:
    print("caught:", e, "| closed:", g.closed)
h = open(path)
print(h.read().strip(), h.closed)
h.close()
print("after close():", h.closed)
try:
    h.read()
except ValueError as e:
    print("ValueError:", e)
import os
os.remove(path)
