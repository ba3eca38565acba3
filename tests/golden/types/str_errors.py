# Common str errors: immutability, index out of range, bad concatenation.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s + 1
except TypeError as e:
    print("TypeError:", e)
try:
    s * "2"
except TypeError as e:
    print("TypeError:", e)
try:
    s.nosuchmethod()
except AttributeError as e:
    print("AttributeError:", e)
print(s[-1], s[1:100])
