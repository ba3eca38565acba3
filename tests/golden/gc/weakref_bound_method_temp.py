# A plain weakref to a bound method dies at once: the method object is a temporary.
import weakref
class C:
    def m(self):
        return "m called"
c = C()
r = weakref.ref(c.m)
print("temporary bound method:", r())
bound = c.m
r = weakref.ref(bound)
print("held bound method alive:", r() is bound, r()())
del bound
print("after del:", r())
print("object still alive:", c.m())
