# NameError messages and the .name attribute (suggestions appear only in tracebacks).
def misspelled_builtin():
    prnt("x")
def undefined():
    return undefined_thing
def misspelled_local():
    value = 1
    return valeu
for f in (misspelled_builtin, undefined, misspelled_local):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, "|", e, "|", e.name)
try:
    Tru
except NameError as e:
    print(e)
