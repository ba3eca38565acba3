# A cycle through any single reference field of an iterator, a dict view or an exception is
# collected: each case hangs one object off a fresh anchor `a` and closes the loop through
# that field only. cyclic=True: `a` outlived its last name; collected=True: gc freed it.
import gc, weakref
gc.disable()
class A:
    def __call__(self, *args):
        return 0
    def __getitem__(self, i):
        raise IndexError
    def __len__(self):
        return 0
def check(name, value):
    a = A()
    r = weakref.ref(a)
    try:
        a.x = value(a)
    except Exception as e:
        print(f"{name:26} error {type(e).__name__}")
        return
    del a
    cyclic = r() is not None
    gc.collect()
    print(f"{name:26} cyclic={cyclic} collected={r() is None}")
def with_attr(exc, **attrs):
    for k, v in attrs.items():
        setattr(exc, k, v)
    return exc
def context(a):
    try:
        raise ValueError(a)
    except ValueError:
        try:
            raise KeyError
        except KeyError as e:
            return e.with_traceback(None)
def raiser(o):
    raise KeyError
def traceback(a, raise_here=False):
    try:
        raise KeyError if raise_here else raiser(a)
    except KeyError as e:
        return e
check("list_iterator", lambda a: iter([1, a]))
check("list_reverseiterator", lambda a: reversed([1, a]))
check("tuple_iterator", lambda a: iter((1, a)))
check("set_iterator", lambda a: iter({1, a}))
check("sequence iterator", lambda a: iter(a))
check("reversed sequence", lambda a: reversed(a))
check("dict_keyiterator", lambda a: iter({a: 1}))
check("dict_valueiterator", lambda a: iter({1: a}.values()))
check("dict_itemiterator", lambda a: iter({1: a}.items()))
check("dict_keys", lambda a: {a: 1}.keys())
check("dict_values", lambda a: {1: a}.values())
check("dict_items", lambda a: {1: a}.items())
check("enumerate", lambda a: enumerate([a]))
check("zip", lambda a: zip([1], [a]))
check("map function", lambda a: map(a, [1]))
check("map iterable", lambda a: map(len, [a]))
check("filter function", lambda a: filter(a, [1]))
check("filter iterable", lambda a: filter(None, [a]))
check("callable_iterator function", lambda a: iter(a, 1))
check("callable_iterator sentinel", lambda a: iter(int, a))
check("exception args", lambda a: ValueError(1, a))
check("exception __dict__", lambda a: with_attr(ValueError(), y=a))
check("exception __notes__", lambda a: with_attr(ValueError(), __notes__=[a]))
check("exception __cause__", lambda a: with_attr(ValueError(), __cause__=KeyError(a)))
check("exception __context__", context)
check("traceback: raising frame", traceback)
