# WeakMethod equality and callbacks: equal while alive for the same method, callback when the object dies.
import weakref
class C:
    def a(self):
        pass
    def b(self):
        pass
def cb(ref):
    print("callback got", type(ref).__name__, ref())
o, p = C(), C()
w1 = weakref.WeakMethod(o.a, cb)
w2 = weakref.WeakMethod(o.a)
w3 = weakref.WeakMethod(o.b)
w4 = weakref.WeakMethod(p.a)
print(w1 == w2, w1 == w3, w1 == w4, w1 != w3)
print(hash(w1) == hash(w2))
del o
print("dead:", w1 == w2, w1 == w1, w2 == w3)
del p
print(w4())
