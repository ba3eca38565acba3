# The default buffer is io.DEFAULT_BUFFER_SIZE (128 KiB in 3.14) for binary files; text
# files pass 8192-byte chunks to it. Small writes reach the disk only when it fills.
import io
import os

print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
path = "/tmp/ouro_golden_io_default.bin"
for mode, piece in [("wb", b"x" * 100), ("w", "x" * 100)]:
    f = open(path, mode)
    print(mode, type(f).__name__)
    changes = []
    last = 0
    for i in range(1, 3001):
        f.write(piece)
        now = os.path.getsize(path)
        if now != last:
            changes.append((i * 100, now))
            last = now
    print("  written, on disk:", changes)
    f.close()
    print("  closed:", os.path.getsize(path))
print(type(open(path, "r+b")).__name__, type(open(path, "rb")).__name__)
os.remove(path)
