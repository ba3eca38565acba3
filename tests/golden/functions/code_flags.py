# co_flags: CO_OPTIMIZED|CO_NEWLOCALS for functions, VARARGS, VARKEYWORDS, NESTED, GENERATOR,
# HAS_DOCSTRING and METHOD as CPython 3.14 computes them; 0 for module code.


def plain():
    pass


def star(*args, **kwargs):
    "doc"


def gen():
    yield 1


class C:
    def method(self):
        pass

    lam = lambda self: 0


def outer():
    def inner():
        return 1

    class Local:
        def m(self):
            pass

    return inner, Local.m, (x for x in ())


inner, local_method, genexpr = outer()
for f in [plain, star, gen, C.method, C.lam, outer, inner, local_method, lambda: 0]:
    print(f.__name__, hex(f.__code__.co_flags))
print("genexpr", hex(genexpr.gi_code.co_flags) if hasattr(genexpr, "gi_code") else "")
print("module", hex(compile("x = 1", "<s>", "exec").co_flags))
print(bool(star.__code__.co_flags & 0x04), bool(plain.__code__.co_flags & 0x08))
