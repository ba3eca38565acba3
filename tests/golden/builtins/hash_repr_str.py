# hash (small ints only: other hashes vary by platform/run), repr and str.
print(hash(0), hash(1), hash(-1), hash(12345), hash(True), hash(False), hash(-2))
print(hash((1, 2)) == hash((1, 2)), hash(7) == hash(7.0))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\n\t\\"), repr("é"), repr("\x00\x1f\x7f"))
print(repr(1), repr(1.5), repr([1, "a"]), repr((1,)), repr({1: "b"}), repr(None), repr(range(2)))
print(str("x"), str(1.0), str([1.0, "s"]), str(()), str({}), str(set()))
print(repr(b"a'b"), repr(b'a"b'), repr(b"'\""), repr(bytearray(b"x")))
print(repr("\u200b"), repr("\U0001F600"), ascii("é😀"), repr(str))
