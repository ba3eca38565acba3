# bytes and bytearray basics.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]))
print(b.upper(), b.replace(b"l", b"L"), b.split(b"l"), b + b"!", b * 2)
print(b.decode(), "héllo".encode(), "héllo".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"))
print(bytes([65, 66]), bytes(2), bytes("abc", "ascii"), bytes.fromhex("de ad"), b"\xde\xad".hex())
print(b.find(b"l"), b.count(b"l"), b.startswith(b"he"), b"l" in b, 108 in b)
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba.pop(), ba)
print(b == b"hello", b < b"help", b"a" + bytearray(b"b"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b + "s"
except TypeError as e:
    print("TypeError:", e)
print(repr(b"\x00\x7f\x80 ~"), str(b"x"))
