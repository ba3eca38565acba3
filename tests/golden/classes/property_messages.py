# How property errors name the property and the class.


class C:
    @property
    def x(self):
        return 1

    y = property(lambda self: 2)
    z = property(None, lambda self, v: None)

    def make(self):
        class Inner:
            @property
            def w(self):
                return 3
        return Inner()


def attempt(action):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


c = C()
attempt(lambda: setattr(c, "x", 5))
attempt(lambda: delattr(c, "x"))
attempt(lambda: setattr(c, "y", 5))
attempt(lambda: c.z)
attempt(lambda: setattr(c.make(), "w", 1))
C.late = property(lambda self: 0)
attempt(lambda: setattr(c, "late", 1))


def named_getter(self):
    return 0


C.late2 = property(named_getter)
attempt(lambda: setattr(c, "late2", 1))
C.copied = C.x.setter(None)
attempt(lambda: setattr(c, "copied", 1))
