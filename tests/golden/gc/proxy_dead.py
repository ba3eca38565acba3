# Any use of a proxy whose referent died raises ReferenceError; a callback gets the proxy.
import weakref
class T:
    value = 1
    def m(self):
        return 2
def cb(proxy):
    print("callback got", type(proxy).__name__)
t = T()
p = weakref.proxy(t, cb)
print(p.value, p.m())
del t
for action in (lambda: p.value, lambda: p.m(), lambda: str(p), lambda: bool(p), lambda: setattr(p, "x", 1)):
    try:
        action()
        print("no error")
    except ReferenceError as e:
        print("ReferenceError:", e)
print(type(p).__name__)
