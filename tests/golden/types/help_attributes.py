# Attributes help() pages read: NoneType's own slot wrappers and their docs, type.__module__,
# the text signature of a doc-less builtin method, str.maketrans as a static method.
print(sorted(k for k in type(None).__dict__ if k != "__doc__"))
print(None == None, None != None, None == 0, None.__eq__(0), None.__ne__(None))
print(bool(None), None.__bool__(), not None)
print(hash(None) == type(None).__hash__(None), {None: "x"}[None])
for op in ["<", "<=", ">", ">="]:
    try:
        eval("None " + op + " None")
    except TypeError as e:
        print(e)
print(type(None).__eq__.__doc__, type(None).__bool__.__text_signature__)
print(type.__module__, type.__dict__["__module__"].__objclass__, int.__module__)
import time
print(time.struct_time.__module__)
print(tuple.__getnewargs__.__doc__, tuple.__getnewargs__.__text_signature__)
print(str.maketrans.__self__, str.maketrans.__doc__.splitlines()[0])
print(str.maketrans.__text_signature__)
