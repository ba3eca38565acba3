# A file written with \r\n line endings.
x = 1
if x:
    print("crlf", x)
s = """a
b"""
print(repr(s))
print(len(s))
