# Reads and writes interleaved on one file object (w+, a+, r+b): a read flushes the writes
# first, a write after a read goes where the reading stopped; print(file=) buffers too.
import os
p = '/tmp/ouro_golden_io_interleaved.txt'
f = open(p, 'w+')
print('a', 1, file=f)
print('b', 2, file=f, flush=True)
print(os.path.getsize(p))
f.writelines(['c\n', 'd\n'])
f.seek(0)
for line in f:
    print(repr(line))
print(f.tell())
f.write('e\n')
f.seek(0)
print(f.readlines())
f.close()
g = open(p, 'a+')
g.write('tail')
g.seek(0)
print(repr(g.read()))
print(g.tell())
g.close()
with open(p, 'rb') as r:
    print(r.read(3), r.tell(), r.readline(), r.tell())
b = open(p, 'r+b')
b.seek(2)
b.write(b'ZZ')
print(b.read(3), b.tell())
b.seek(-2, 2)
print(b.read(), b.tell())
b.close()
print(open(p,'rb').read())
os.remove(p)
