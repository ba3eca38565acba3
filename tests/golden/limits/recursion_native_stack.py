# Recursion that CPython 3.14 bounds by its C stack, not by the recursion limit: with the
# limit raised to a million, each of these ends in RecursionError("Stack overflow (used N kB)
# ..."), and the program goes on. N depends on the machine, so only the words are printed.
import sys


def words(e):
    msg = str(e)
    if msg.startswith("Stack overflow (used "):
        return "Stack overflow" + msg[msg.index(")") + 1:]
    return msg


def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except RecursionError as e:
        print(label, "RecursionError:", words(e))


sys.setrecursionlimit(10**6)


class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name)


class Repr:
    def __repr__(self):
        return repr(self)


class Str:
    def __str__(self):
        return str(self)


class Eq:
    def __eq__(self, other):
        return self == other


class Hash:
    def __hash__(self):
        return hash(self)


class Call:
    pass


c = Call()
Call.__call__ = c

attempt("__getattr__", lambda: GetAttr().x)
attempt("__repr__", lambda: repr(Repr()))
attempt("__str__", lambda: str(Str()))
attempt("__eq__", lambda: Eq() == Eq())
attempt("__hash__", lambda: hash(Hash()))
attempt("__call__", lambda: c())

deep_list = []
for i in range(50000):
    deep_list = [deep_list]
deep_tuple = ()
for i in range(50000):
    deep_tuple = (deep_tuple,)
attempt("repr of nested lists", lambda: repr(deep_list))
attempt("str of nested lists", lambda: str(deep_list))
attempt("== of nested lists", lambda: deep_list == [deep_list])
attempt("hash of nested tuples", lambda: hash(deep_tuple))

# Still a working interpreter afterwards.
print(repr([[1, 2], (3,)]), GetAttr.__name__)
