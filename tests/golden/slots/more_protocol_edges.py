# Bound methods forward unknown attributes to their function; set.__init__ starts over; a set
# argument of in/remove/discard is looked up as a frozenset; divmod() dispatches to
# __divmod__/__rdivmod__; BaseException.__str__ on a subclass instance.
class M:
    def f(self): pass
M.f.attr = 7
m = M()
print(m.f.attr, m.f.__name__, m.f.__qualname__)
try:
    m.f.missing
except AttributeError as e:
    print("AttributeError:", e)
s = {1, 2}
s.__init__([5])
print(s)
print(set() in {frozenset()}, {frozenset()} - {frozenset()})
t = {frozenset({1})}
t.remove({1})
t.add(frozenset())
t.discard(set())
print(t)
class N:
    def __divmod__(s, o): return ("divmod", o)
    def __rdivmod__(s, o): return ("rdivmod", o)
print(divmod(N(), 1), divmod(1, N()), divmod(7, 2), divmod(-7.5, 2))
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
print(BaseException.__str__(ValueError('x')), str(KeyError('k')), repr(KeyError('k')))
