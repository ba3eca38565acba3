# str: find, rfind, index, count, startswith, endswith, in.
s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.find("x"), s.find("s", 4), s.find("s", 4, 5))
print(s.index("pp"), s.rindex("i"), s.count("s"), s.count("ss"), s.count(""))
print(s.startswith("mis"), s.startswith(("x", "mi")), s.endswith("pi"), s.startswith("ss", 2))
print(s.endswith(("a", "i")), "ss" in s, s.find(""), "".find(""))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
print(s[s.find("ss"):], s.upper().lower() == s)
