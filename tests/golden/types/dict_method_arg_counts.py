for s in ["{}.get()", "{}.pop()", "{}.get(1,2,3)", "{}.setdefault()"]:
    try: eval(s)
    except TypeError as e: print(e)
try:
    print(dict.__dict__['pop'].__get__([], list)('x'))
except TypeError as e: print(e)
try:
    print(dict.pop.__get__(5)(1))
except TypeError as e: print(e)
