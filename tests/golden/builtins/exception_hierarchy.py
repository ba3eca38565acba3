# The built-in exception hierarchy.
def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError,
            ModuleNotFoundError, RecursionError, NotImplementedError, StopIteration,
            KeyboardInterrupt, SystemExit, GeneratorExit, UnicodeDecodeError, TabError,
            AssertionError, AttributeError, TypeError, ValueError, OverflowError, EOFError]:
    print(chain(cls))
print(issubclass(LookupError, Exception), issubclass(SystemExit, Exception))
try:
    [][1]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__)
try:
    {}["k"]
except (IndexError, KeyError) as e:
    print("caught in a tuple:", type(e).__name__)
