# metaclass.__prepare__ gives the namespace a class body runs in.


order = []


class Recording(dict):
    def __setitem__(self, key, value):
        order.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", mcls.__name__, name, bases, kwds)
        return Recording()

    def __new__(mcls, name, bases, ns, **kwds):
        print("namespace type:", type(ns).__name__, [k for k in order if not k.startswith("__")])
        order.clear()
        return super().__new__(mcls, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, flag=True):
    x = 1

    def f(self):
        return self.x

    y = x + 1


print(A.x, A.y, A().f(), type(A).__name__)


class B(A):
    z = 3


print(B.z, B.y)


class WithMissing(dict):
    def __missing__(self, key):
        if key == "magic":
            return "from __missing__"
        raise KeyError(key)


class Meta2(type):
    def __prepare__(name, bases):
        return WithMissing()


class C(metaclass=Meta2):
    value = magic
    length = len("abc")


print(C.value, C.length)


class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class D(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)
