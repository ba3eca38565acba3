# Splitting on whitespace with a maxsplit keeps the unsplit remainder as it is (trailing
# whitespace included), for bytes, bytearray and str alike.
for data in [b"   a   b    ", b"a b", b"  a  ", b"a  b  c  ", b""]:
    for n in [-1, 0, 1, 2, 5]:
        print(data, n, data.split(None, n), data.rsplit(None, n), bytearray(data).split(maxsplit=n))
        s = data.decode()
        print(repr(s), n, s.split(None, n), s.rsplit(None, n))
print(bytearray(b"23") in b"1234", b"23" in bytearray(b"1234"))
