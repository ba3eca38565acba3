print(int.__format__, float.__format__, str.__format__, object.__format__)
print(format(5, 'x'), format(True, ''), format(True, 'd'), format(2.5, '.3f'), format('ab', '>4'))
class I(int):
    def __format__(self, spec): return 'I:' + spec
class F(float): pass
class S(str): pass
print(format(I(3), 'd'), f'{I(3):x}', format(F(1.5), '.2f'), format(S('q'), '^5'), f'{S("z")}')
print(int.__format__(I(3), 'd'), float.__format__(2.0, ''), str.__format__('a', ''))
for bad in ("int.__format__(1, 2)", "format(object(), 'x')", "format(1, 'q')", "format(True, 's')",
            "str.__format__(1, '')", "format([], '')", "int.__format__(1)"):
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, '->', type(e).__name__, e)
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable([].append), callable(int.__add__), callable((1).__add__))
class CC:
    def __call__(self): pass
c = CC()
print(callable(c), callable(CC))
CC.__call__ = None
print(callable(c))
del CC.__call__
print(callable(c))
