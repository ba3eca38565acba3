# callable, chr and ord.
class K:
    def __call__(self):
        pass
print(callable(len), callable(K), callable(K()), callable(1), callable(lambda: 0), callable("s"))
print(chr(65), chr(97), chr(8364), chr(0x1F600), repr(chr(0)), repr(chr(10)))
print(ord("A"), ord("€"), ord("😀"), ord("\n"), ord(b"a"))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
