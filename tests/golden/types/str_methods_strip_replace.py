# str: strip family, replace, removeprefix/suffix, case methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("TestCase".removeprefix("Test"), "file.py".removesuffix(".py"), "x".removeprefix("y"))
print("hello world".upper(), "HELLO".lower(), "hello world".title(), "hello World".capitalize())
print("Hello".swapcase(), "ß".upper(), "ǅ".lower(), "straße".casefold())
print("abc".islower(), "ABC".isupper(), "Title Case".istitle(), "abc123".isalnum())
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), " \t\n".isspace(), "".isspace())
print("x1".isidentifier(), "1x".isidentifier(), "½".isnumeric(), "٣".isdecimal(), "abc".isascii())
