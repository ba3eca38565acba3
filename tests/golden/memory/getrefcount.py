# sys.getrefcount of ordinary objects (3.14 values; the argument itself is a
# borrowed reference, so a fresh object reports 1).
import sys
class C:
    pass
print(sys.getrefcount(C()))
x = C()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
lst = [x, x]
print(sys.getrefcount(x))
d = {"k": x}
print(sys.getrefcount(x))
del y
lst.pop()
print(sys.getrefcount(x))
def f(arg):
    return sys.getrefcount(arg)
print(f(x))
s = [1, 2, 3]
print(sys.getrefcount(s))
t = (s, s)
print(sys.getrefcount(s))
del t
print(sys.getrefcount(s))
