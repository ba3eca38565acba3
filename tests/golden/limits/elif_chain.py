# A long elif chain compiles and runs (CPython's parser takes about 5,960).
src = "x = 2999\nif x == -1:\n    r = -1\n"
src += "".join(f"elif x == {i}:\n    r = {i}\n" for i in range(3000))
src += "else:\n    r = None\n"
ns = {}
exec(src, ns)
print(ns["r"])
