# Objects that can be weakly referenced: instances, classes, functions, sets, modules, generators...
import weakref, sys, gc
class C:
    def method(self):
        pass
class MyList(list):
    pass
class MyDict(dict):
    pass
def gen():
    yield 1
def func():
    pass
for obj in (C(), C, int, type, func, lambda: 0, {1, 2}, frozenset([1]), sys, weakref, gen(),
            len, print, MyList(), MyDict(), func.__code__, C().method):
    r = weakref.ref(obj)
    print(type(obj).__name__, "weakref ok, alive:", r() is not None)
