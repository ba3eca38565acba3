# print: sep, end, file=sys.stderr, flush, no arguments, non-str objects.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="", end="!\n")
print()
print(1, 2.5, None, True, [1], (2,), {"k": 3})
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print(*range(5), sep=", ")
print("err", 42, sep=":", file=sys.stderr, end=";\n")
print(file=sys.stdout)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
