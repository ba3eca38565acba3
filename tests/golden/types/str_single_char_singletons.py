# One-character ASCII strings made by indexing, slicing and iteration are shared singletons
# (immortal), as CPython 3.14's Latin-1 characters are.
import sys

s = "abcabc"
print(s[0] is s[3], s[1:2] is s[4], list(s)[2] is s[5])
word = "".join(["x", "y"])
print(word[0] is "x"[0:1], [c for c in word][1] is word[-1])
print(sys.getrefcount(s[0]) == sys.getrefcount(s[1]) > 1 << 30)
print(len({id(c) for c in "aaaa"}), len({id(c) for c in "abab"}))
