# if / elif / else with various truthy and falsy conditions.
def classify(v):
    if v is None:
        return "none"
    elif isinstance(v, str) and not v:
        return "empty string"
    elif v == 0:
        return "zero"
    elif v:
        return "truthy"
    else:
        return "other falsy"
for v in [None, "", 0, 0.0, [], [0], "a", 5, {}]:
    print(repr(v), "->", classify(v))
if []:
    print("not reached")
print("done")
