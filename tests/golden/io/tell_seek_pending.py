# tell() counts the bytes still in the buffer; seek() and read() flush first; a write after
# a read goes where the reading stopped.
import os

path = "/tmp/ouro_golden_io_tell.bin"


def on_disk():
    with open(path, "rb") as r:
        return r.read()


b = open(path, "wb")
b.write(b"0123456789")
print("binary tell:", b.tell(), on_disk())
b.seek(2)
print("after seek:", b.tell(), on_disk())
b.write(b"ab")
print("overwrite pending:", b.tell(), on_disk())
b.seek(0, 2)
print("seek to end:", b.tell(), on_disk())
b.close()

t = open(path, "w")
t.write("text")
print("text tell:", t.tell(), on_disk())
t.close()

rw = open(path, "r+b")
print(rw.read(3), rw.tell())
rw.write(b"XYZ")
print("after write:", rw.tell(), on_disk())
print(rw.read(2), rw.tell())
rw.seek(0)
print(rw.read(), on_disk())
rw.write(b"!")
print(rw.tell(), on_disk())
rw.close()
print(on_disk())

plus = open(path, "w+")
plus.write("hello\nworld\n")
plus.seek(0)
print(plus.readline(), end="")
print(plus.tell())
plus.close()
os.remove(path)
