# open(): binary mode write/read.
import os
path = "/tmp/ouro_golden_open_binary.bin"
with open(path, "wb") as f:
    print(f.write(b"\x00\x01\x02\xff"))
    f.write(bytes(range(65, 70)))
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(path, "rb") as f:
    print(f.read(2), f.read(2), f.read(), f.read())
with open(path, "rb") as f:
    print(f.seek(4), f.tell(), f.read(1))
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
os.remove(path)
