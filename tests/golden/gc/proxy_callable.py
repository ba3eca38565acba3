# A proxy to a callable object is a CallableProxyType and can be called.
import weakref
def greet(name, punct="!"):
    return "hello " + name + punct
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
class Plain:
    pass
p = weakref.proxy(greet)
print(type(p) is weakref.CallableProxyType, type(p).__name__)
print(p("bob"), p("amy", punct="?"))
add = Adder(10)
q = weakref.proxy(add)
print(type(q).__name__, q(5), q.n)
obj = Plain()
print("class:", type(weakref.proxy(Plain)).__name__, "instance:", type(weakref.proxy(obj)).__name__)
try:
    weakref.proxy(obj)()
except TypeError as e:
    print("TypeError:", e)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
