# Proxies are unhashable, are counted by getweakrefcount and are shared when there is no callback.
import weakref
class T:
    pass
t = T()
p1 = weakref.proxy(t)
p2 = weakref.proxy(t)
print("shared:", p1 is p2)
p3 = weakref.proxy(t, lambda p: None)
print("with callback shared:", p3 is p1)
try:
    hash(p1)
except TypeError as e:
    print("TypeError:", e)
try:
    {p1: 1}
except TypeError as e:
    print("TypeError:", e)
r = weakref.ref(t)
print("count:", weakref.getweakrefcount(t))
print("kinds:", sorted(type(w).__name__ for w in weakref.getweakrefs(t)))
print("proxy equals referent:", p1 == t, p1 is t)
try:
    weakref.ref(p1)
except TypeError as e:
    print("TypeError:", e)
