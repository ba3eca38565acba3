# At the default limit (1000) the dunder recursions hit the recursion limit first, as in
# CPython, whose C stack has room for a thousand levels; self-containing containers print
# with "..." instead of recursing.
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except RecursionError as e:
        print(label, "RecursionError:", e)


class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name)


class Repr:
    def __repr__(self):
        return repr(self)


class Eq:
    def __eq__(self, other):
        return self == other


class Lt:
    def __lt__(self, other):
        return self < other


class Hash:
    def __hash__(self):
        return hash(self)


attempt("__getattr__", lambda: GetAttr().x)
attempt("__repr__", lambda: repr(Repr()))
attempt("__eq__", lambda: Eq() == Eq())
attempt("__lt__", lambda: Lt() < Lt())
attempt("__hash__", lambda: hash(Hash()))

l = [1]
l.append(l)
d = {"k": 1}
d["self"] = d
print(str(l), repr(d), str([l, d]))
