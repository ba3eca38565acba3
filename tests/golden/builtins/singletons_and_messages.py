# The singletons' types give back the singletons; argument errors word themselves as CPython's.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: type(None)() is None)
show(lambda: type(NotImplemented)() is NotImplemented)
show(lambda: type(...)() is ...)
show(lambda: type(None)(1))
class C:
    pass
c = C()
show(lambda: object.__setattr__(c, 5, 5))
show(lambda: object.__delattr__(c, 5))
show(lambda: (object.__setattr__(c, "ok", 5), c.ok))
show(lambda: bytes([300]))
show(lambda: bytearray([256]))
show(lambda: bytes([1, -1]))
show(lambda: divmod(1))
show(lambda: divmod(1, 2, 3))
show(lambda: divmod(7, -2))
