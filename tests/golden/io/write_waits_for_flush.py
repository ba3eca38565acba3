# Data written to a file stays in its buffer until flush() or close(): a second open()
# sees nothing before, everything after, as in CPython.
import os

path = "/tmp/ouro_golden_io_flush.txt"


def on_disk():
    with open(path, "rb") as r:
        return r.read()


f = open(path, "w")
print(f.write("first line\n"), f.write("second"))
print("before flush:", on_disk())
f.flush()
print("after flush:", on_disk())
f.write(" and more")
print("pending again:", on_disk())
f.close()
print("after close:", on_disk())
print(f.closed)

with open(path, "wb") as b:
    b.write(b"\x00\x01binary")
    print("binary before exit of with:", on_disk())
print("binary after with:", on_disk())

# Appending: the buffered data goes after what the file held.
a = open(path, "a")
a.write("+tail")
print("append pending:", on_disk())
a.close()
print("appended:", on_disk())
os.remove(path)
