# Each builtin type's repr comes from its own repr slot; object.__repr__ gives the generic
# form for any object. Addresses are masked.
import sys, weakref

def mask(text):
    out, i = [], 0
    while i < len(text):
        if text.startswith('0x', i):
            j = i + 2
            while j < len(text) and text[j] in '0123456789abcdef':
                j += 1
            out.append('0x...')
            i = j
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)

def show(x):
    print(mask(repr(x)))

mod = type(sys)('mod')

class S:
    __slots__ = ('a', 'b')
    def m(self):
        pass
def f():
    yield 1
s = S()
for x in (f, len, [].append, s.m, S.m, list.append, list.__len__, dict.fromkeys,
          (1).__add__, mod, S.__dict__['a'], type.__dict__['__mro__'], f(),
          {}.keys(), {1: 2}.items(), {'a': 1}.values(), list[int], dict[str, list[int]],
          int | None, super(S, s), weakref.ref(S), (lambda: s).__closure__,
          (lambda: f).__closure__):
    show(x)
for x in (f, len, s.m, mod, S.__dict__['a'], {}.keys(), list[int], int | str, f()):
    show(object.__repr__(x))
m = S.__dict__['a']
print(m.__name__, m.__qualname__, m.__objclass__.__name__, m.__doc__)
def outer():
    x = 1
    def inner():
        return x
    return inner
show(outer().__closure__[0])
print(type(int|str), type(list[int]))
try:
  (int|str) + 1
except TypeError as e: print(e)
print(type(int|str).__name__, type(list[int]).__module__)
