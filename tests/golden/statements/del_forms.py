# del of names, subscripts, slices, attributes and several targets.
a = 1
b = 2
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4]
del lst[0]
del lst[-1]
print(lst)
del lst[:]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
class C:
    pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))
p, q, r = 1, 2, 3
del p, q
print(r, "p" in dir(), "q" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del b, b
except NameError as e:
    print("NameError:", e)
