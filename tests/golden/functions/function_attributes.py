# Function objects and their attributes.
def outer(a, b=1, *args, c, **kw):
    """Doc of outer."""
    def inner():
        pass
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__module__)
inner = outer(1, c=2)
print(inner.__name__, inner.__qualname__)
print(outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount)
print(outer.__code__.co_varnames[:5])
outer.custom = "attribute"
print(outer.custom, outer.__dict__)
print(callable(outer), type(outer).__name__)
class K:
    def m(self):
        pass
print(K.m.__qualname__, type(K().m).__name__, K().m.__func__ is K.m)
print((lambda: 0).__qualname__)
