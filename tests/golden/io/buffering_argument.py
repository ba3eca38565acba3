# open(buffering=...): 0 writes each call through (binary only), 1 line-buffers text,
# n > 1 is the buffer's size in bytes.
import os

path = "/tmp/ouro_golden_io_buffering.txt"


def size():
    return os.path.getsize(path)


raw = open(path, "wb", buffering=0)
print(type(raw).__name__)
raw.write(b"abc")
print("unbuffered:", size())
raw.write(b"de")
print("unbuffered:", size())
raw.close()

lines = open(path, "w", buffering=1)
lines.write("no newline yet")
print("line buffered, partial line:", size())
lines.write(", now one\nand a partial")
print("line buffered, after a newline:", size())
lines.write(" line\r")
print("line buffered, after a carriage return:", size())
lines.close()

small = open(path, "wb", buffering=100)
print(type(small).__name__)
small.write(b"a" * 50)
print("50 of 100:", size())
small.write(b"b" * 60)
print("overflow writes the old 50:", size())
small.write(b"c" * 200)
print("larger than the buffer goes straight out:", size())
small.close()
print("closed:", size())

# Text gathers 8192-byte chunks before its binary buffer sees them.
text = open(path, "w", buffering=100)
text.write("x" * 150)
print("text, 150 chars:", size())
text.write("y" * 9000)
print("text, a large write:", size())
text.close()
print("closed:", size())
os.remove(path)
