# The next slot: builtin iterators answer __next__ natively, subclasses of map, filter, zip,
# enumerate and reversed override it, and the types CPython refuses as bases are refused.
class M(map):
    def __next__(self):
        return "M:" + str(super().__next__())
m = M(str, [1, 2])
m.tag = "x"
print(list(m), m.tag, type(m).__name__, isinstance(m, map))
class E(enumerate):
    pass
print(list(E("ab", 1)), type(E("a")).__mro__)
class Z(zip):
    def __iter__(self):
        return iter([("z",)])
print(list(Z([1], [2])))
class F(filter): pass
print(list(F(None, [0, 1, 2])))
class R(reversed): pass
print(list(R("abc")), type(R("abc")).__name__)
for base in [bool, range, slice, type(None), type(lambda: 0)]:
    try:
        class X(base): pass
    except TypeError as e:
        print("TypeError:", e)
try:
    class Y(map, zip): pass
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2])
print(type(it).__next__(it), it.__next__(), next(it, "done"))
try:
    type(it).__next__(it)
except StopIteration as e:
    print("StopIteration", e.args)
def g():
    yield 1
    return 5
gi = g()
print(gi.__next__())
try:
    gi.__next__()
except StopIteration as e:
    print("StopIteration", e.value)
print(type(iter(range(3))).__next__, iter(range(3)).__next__().__class__)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(list(It()), "__next__" in dict(vars(type(iter([])))))
