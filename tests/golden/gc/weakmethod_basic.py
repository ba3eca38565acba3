# WeakMethod recreates the bound method while the object lives; None after it dies.
import weakref
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello from " + self.name
g = Greeter("g")
wm = weakref.WeakMethod(g.hello)
m = wm()
print(m(), m == g.hello, m is wm())
print(isinstance(wm, weakref.ref), type(wm).__name__)
del m
print("still alive:", wm() is not None)
del g
print("after del:", wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod(lambda: 0)
except TypeError as e:
    print("TypeError:", e)
