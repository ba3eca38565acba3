# A string literal that runs to the end of the line.
print("ok")
s = "abc
print(s)
