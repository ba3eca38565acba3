# Slicing lists, tuples and strings with steps and negative indices.
s = "abcdefghij"
lst = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[-100:100], s[5:2], s[100:], repr(s[3:3]))
print(lst[2:8:3], lst[-1:-5:-1], lst[::-3])
print(tuple(lst)[1:4], lst[None:3], lst[3:None])
print(s[-1], s[0], lst[-10])
print(range(10)[2:8:2], range(10)[::-1])
print(b"bytes"[1:3], bytearray(b"xyz")[::-1])
