# The docstrings and text signatures of the bytes and bytearray methods (CPython 3.14's).
for name in ["__mod__", "__rmod__", "__bytes__", "expandtabs", "istitle", "translate"]:
    f = getattr(bytes, name)
    print(name, f.__text_signature__, f.__doc__.splitlines()[0])
for name in ["__mod__", "__reduce__", "__reduce_ex__", "__sizeof__", "resize", "translate"]:
    f = getattr(bytearray, name)
    print(name, f.__text_signature__, f.__doc__.splitlines()[0])
# A builtin static method shows its function's docstring and signature; the staticmethod
# object in the class dict shows staticmethod's own docstring, as CPython's does.
for t in (str, bytes, bytearray):
    print(t.maketrans.__text_signature__, t.maketrans.__doc__.splitlines()[0])
    print(t.__dict__["maketrans"].__doc__.splitlines()[0])
