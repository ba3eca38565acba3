# Each builtin type's own namespace, as `sorted(T.__dict__)`: the slot wrappers, methods,
# getsets, class methods and docstrings CPython 3.14 defines on that very type.
types_ = [object, int, float, str, list, tuple, dict, set, frozenset, range, slice,
          type(None), type(NotImplemented), type(...), property, staticmethod, classmethod,
          BaseException, Exception, ValueError, KeyError, OSError, StopIteration,
          ImportError, AttributeError, NameError, UnicodeDecodeError, SystemExit,
          type(len), type(list.append), type(int.__add__), type((1).__add__),
          type({}.keys()), type({}.values()), type({}.items()),
          type(x for x in ()), type(int.__dict__), type(int.real)]
for t in types_:
    print(t.__name__, sorted(t.__dict__))
print(bool in int.__subclasses__(), KeyError in LookupError.__subclasses__())
