# Protocol edge cases: __getattr__ after a property raises AttributeError, bool(NotImplemented),
# __len__ via __index__, __bool__ = None, repetition counts with __index__, a class's __doc__.
class P:
    @property
    def y(s): raise AttributeError('inner')
    def __getattr__(s, n): return 'fb ' + n
print(P().y)
class Q:
    @property
    def y(s): raise AttributeError('inner')
try:
    Q().y
except AttributeError as e:
    print("AttributeError:", e)
class NI:
    pass
print(bool(NI()))
try:
    bool(NotImplemented)
except TypeError as e:
    print("TypeError:", e)
class L:
    def __len__(s):
        class Idx:
            def __index__(s): return 4
        return Idx()
print(len(L()), bool(L()))
class BN:
    __bool__ = None
try:
    bool(BN())
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(s): return 3
print([1] * Idx(), Idx() * "a", (1,) * Idx(), b"a" * Idx())
class C:
    "doc"
class D: pass
print(C().__doc__, D().__doc__, D.__doc__)
