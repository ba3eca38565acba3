print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(7, 2.5), divmod(True, 2), divmod(10**30, 7))
print(int.__divmod__(7, 2), (7).__rdivmod__(20), (7.0).__divmod__(2), float.__rdivmod__(2.0, 7))
print((7).__divmod__(2.0), (7.0).__divmod__('x'))
for a, b in [(1, 0), (1.0, 0), ('a', 1), (1, 'a'), ([], [])]:
    try: print(divmod(a, b))
    except Exception as e: print(type(e).__name__, e)
class N:
    def __divmod__(self, o): return 'dm', o
    def __rdivmod__(self, o): return 'rdm', o
print(divmod(N(), 3), divmod(3, N()))
class I(int):
    def __rdivmod__(self, o): return 'I.rdivmod'
print(divmod(5, I(2)))
class F(float): pass
print(divmod(F(7.5), 2), type(divmod(F(7.5), 2)[0]).__name__)
print('__divmod__' in dir(5), '__rdivmod__' in dir(1.5), int.__divmod__)
try: divmod(1)
except TypeError as e: print(e)
try: int.__divmod__(1)
except TypeError as e: print(e)
for f in [lambda: int.__add__(1), lambda: int.__add__(1, 2, 3), lambda: int.__neg__(1, 2), lambda: int.__add__(), lambda: (1).__add__(x=1)]:
    try: f()
    except TypeError as e: print(e)
