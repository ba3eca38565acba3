# Global and builtin lookups remember where they found a name (ouro's inline caches); every
# rebinding, deletion and shadowing must still be seen at once.


def use_len(x):
    return len(x)


def use_g():
    return g


g = 1
print(use_len("abc"), use_g())
for _ in range(3):
    use_len("ab")
    use_g()

# Shadow a builtin with a global, then remove the shadow.
def len(x):
    return "shadowed len"


print(use_len("abc"))
del len
print(use_len("abc"))

# Rebind, delete, re-create the global.
g = 2
print(use_g())
del g
try:
    use_g()
except NameError as e:
    print("NameError:", e)
g = 3
print(use_g())

# Through globals() and many new globals (the namespace grows and reorders).
globals()["g"] = 4
print(use_g())
for i in range(100):
    globals()["filler%d" % i] = i
print(use_g())
for i in range(100):
    del globals()["filler%d" % i]
print(use_g())

# Builtins changed under a warm site.
import builtins


def use_abs():
    return abs(-5)


print(use_abs())
real_abs = builtins.abs
builtins.abs = lambda v: "patched abs"
print(use_abs())
builtins.abs = real_abs
print(use_abs())

# Module-level names in loops (the module namespace is the globals).
total = 0
for i in range(10):
    total += i
    if i == 5:
        del total
        total = 100
print(total, i)

# A name equal to but not the same string as the cached key.
key = "".join(["t", "otal"])
globals()[key] = "replaced through an equal key"
print(total)

# Class bodies store into their own namespace.
class C:
    a = 1
    for j in range(3):
        a += j
    b = a


print(C.a, C.b, sorted(k for k in vars(C) if not k.startswith("__")))


# A dict subclass namespace from __prepare__ sees every store.
class LoggingNamespace(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("store", key, value)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingNamespace()


class D(metaclass=Meta):
    x = 1
    x = 2
    for k in range(2):
        x += 1
print(D.x)
