# dict methods.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d.update({"x": 9}, y=10)
d.update([("p", 1)])
print(d)
print(d.popitem(), d)
e = dict.fromkeys(["k1", "k2"], 0)
print(e, dict(a=1, b=2), dict([("t", 1)]), dict(zip("xy", [1, 2])))
print({"a": 1} | {"b": 2}, {"a": 1, "b": 1} == {"b": 1, "a": 1})
f = {"a": 1}
f |= {"a": 2, "c": 3}
print(f, "a" in f, 1 in f, f.copy() is f)
f.clear()
print(f)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
keys = d.keys()
d["new"] = 1
print(keys, len(keys), "new" in keys)
