# dicts keep insertion order; re-assignment keeps position; deletion + re-insert moves to end.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 99
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
print(list(reversed(d)), list(reversed(d.items()))[0])
print({3: "c", 1: "a", 2: "b"}, sorted({3: "c", 1: "a"}))
try:
    for k in d:
        d["added"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
