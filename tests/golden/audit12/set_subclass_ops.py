# set/frozenset subclasses with their own dunders, set operations' result types, and the
# errors of set methods.
class S(set):
    def __contains__(self, x): return True
    def __iter__(self): return iter([9, 8])
    def __len__(self): return 1
s = S([1, 2])
print(5 in s, list(s), len(s), bool(s), sorted(s))
print(s | {0} == {0, 1, 2}, sorted(set(s)), sorted(s.union()), sorted({7} | s))
class FS(frozenset):
    def __new__(cls, *a): print('new'); return super().__new__(cls, *a)
f = FS([1])
print(type(f | {2}).__name__, type(f.copy()).__name__, f == frozenset([1]))
class S2(set):
    def __eq__(self, o): return 'S2eq'
print(S2() == set(), set() == S2())
s3 = S2([1, 2]); print(sorted(s3 - {1}), type(s3 - {1}).__name__, type(s3.copy()).__name__)
s = {1, 2, 3}
try:
    for x in s: s.discard(x)
except RuntimeError as e: print('RuntimeError', e)
print(s)
t = {1, 2}
print(t.issubset([1, 2, 3]), t <= {1, 2}, t < {1, 2}, t.isdisjoint([3]), t ^ {2, 3}, t - {1}, t & {2, 5}, t.union([9], (8,)) == {1, 2, 8, 9})
try: {[]}
except TypeError as e: print('TypeError', e)
try: set().remove(1)
except KeyError as e: print('KeyError', e)
try: set().pop()
except KeyError as e: print('KeyError', e)
print(frozenset([1]) == {1}, {1} == frozenset([1]), hash(frozenset()) == hash(frozenset()), {frozenset([1]): 1}[frozenset([1])])
print({1} in {frozenset([1])}, set() < frozenset([1]), repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})))
class S4(set): pass
print(repr(S4()), repr(S4([1])), repr(frozenset.__new__(type('F', (frozenset,), {}), [1])))
u = {1}; u.update([2], {3}); u.intersection_update({1, 2}); u.difference_update([1]); u.symmetric_difference_update({5}); print(u)
print(sorted({'b', 'a'}), len({1, 1.0, True}), {1, 2} | frozenset([3]), type(frozenset([3]) | {1}).__name__)
