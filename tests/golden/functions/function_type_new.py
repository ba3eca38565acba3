import sys
def f(a, b=2): return a + b
FT = type(f)
g = FT(f.__code__, {'__name__': 'm'})
print(g.__name__, g.__qualname__, g.__defaults__, g(1, 2), g.__module__)
h = FT(f.__code__, globals(), 'renamed', (10,))
print(h.__name__, h(1), h.__defaults__)
def outer():
    x = 5
    def inner(): return x
    return inner
i = outer()
j = FT(i.__code__, globals(), None, None, i.__closure__)
print(j(), j.__name__)
for args in [(1, {}), (f.__code__, []), (f.__code__, {}, 5), (f.__code__, {}, None, 5), (i.__code__, {}), (i.__code__, {}, None, None, (1,)), (f.__code__, {}, None, None, None, 5)]:
    try: FT(*args)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
k = FT(f.__code__, globals(), kwdefaults={'z': 1})
print(k.__kwdefaults__)
try: FT(i.__code__, {}, None, None, ())
except ValueError as e: print(e)
try: FT(f.__code__, {}, None, None, (1,))
except (TypeError, ValueError) as e: print(type(e).__name__, e)
