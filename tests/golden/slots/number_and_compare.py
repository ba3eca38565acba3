# The number and comparison slots: builtins' dunders are slot wrappers, subclasses of builtins
# keep or override them, and the reflected operand is asked in CPython's order.

class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"


class PlainInt(int):
    pass


class Sup(int):
    def __add__(self, other):
        return ("Sup", super().__add__(other))


print(MyInt(1) + 1, 1 + MyInt(1), PlainInt(2) + 3, type(PlainInt(2) + 3).__name__)
print(Sup(5) + 1, type(-PlainInt(3)).__name__, type(+PlainInt(3)).__name__, abs(PlainInt(-4)))


class RAdd:
    def __radd__(self, other):
        return ("radd", other)

    def __rmul__(self, other):
        return ("rmul", other)


print(1 + RAdd(), [1] + RAdd(), "s" + RAdd(), 2.5 * RAdd(), [1] * RAdd())


class A:
    def __add__(self, other):
        return "A.add"

    def __radd__(self, other):
        return "A.radd"


class B(A):
    pass


class C(A):
    def __radd__(self, other):
        return "C.radd"


print(A() + B(), A() + C(), B() + A(), C() + A())


class OnlyAdd:
    def __add__(self, other):
        return "added"


x = OnlyAdd()
x += 1
print(x)


class IAddNI:
    def __iadd__(self, other):
        return NotImplemented

    def __add__(self, other):
        return "fallback add"


y = IAddNI()
y += 1
print(y)

# Sequences repeat from either side; in-place forms keep identity.
print(3 * [1], [1] * 3, 2 * "ab", (1,) * 2, 2 * b"x", bytearray(b"ab") * 2)
l = [1]
l2 = l
l += (2, 3)
l *= 2
print(l, l is l2)
ba = bytearray(b"ab")
ba2 = ba
ba *= 2
ba += b"!"
print(ba, ba is ba2)
s = {1}
s2 = s
s |= {2}
s -= {1}
print(s, s is s2)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(sorted(fs), fs is fs2)
d = {"a": 1}
d |= [("b", 2)]
print(d, {"a": 1} | {"c": 3})
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__)
print(None | int, int | str | None, (int | str) | (bytes | None))

# The dunders as objects.
print(int.__add__(1, 2), int.__add__(1, 2.0), float.__radd__(1.0, 2), int.__radd__(3, 4))
print(object.__lt__(1, 2), object.__eq__(1, 1), object.__eq__(1, 2), int.__lt__(1, 2))
print(type(int.__add__).__name__, type((1).__add__).__name__, int.__add__.__qualname__)
print(repr(int.__dict__["__add__"]), repr(list.__iadd__), repr(float.__neg__))
print((5).__neg__(), float.__abs__(-2.5), (3).__invert__(), [1].__add__([2]))
print("__radd__" in dir(int), hasattr(list, "__radd__"), hasattr(list, "__iadd__"))
print(hasattr(frozenset, "__ior__"), hasattr(set, "__ior__"), hasattr(bool, "__and__"))
print(int.__add__.__text_signature__, str.__len__.__text_signature__)
print((1).__add__.__self__, (1).__add__.__name__, (1).__add__.__objclass__)
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError:", e)

# bool's own operators.
print(True & False, True | 0, True ^ True, type(True & 1).__name__, -True, ~5)

# Comparisons: object's != inverts ==, reflected ordering, subclasses first.


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Eq.__eq__")
        return isinstance(other, Eq) and self.v == other.v


print(Eq(1) != Eq(1), Eq(1) != Eq(2))


class Lt:
    def __lt__(self, other):
        return "Lt.__lt__"


print(Lt() > Lt(), 1 > Lt())


class Base:
    def __eq__(self, other):
        return "Base.__eq__"


class Derived(Base):
    def __eq__(self, other):
        return "Derived.__eq__"


print(Base() == Derived(), Derived() == Base())


class MyList(list):
    def __eq__(self, other):
        return "MyList.__eq__"


print([1] == MyList([1]), MyList([1]) == [1], [1] != MyList([1]))

i = 1 << 65
print(-i < 0, 0 < -i, sorted([0, -i, i]) == [-i, 0, i], 10**500 / (4 * 10**499))
print(1 == 1.0, 2**53 + 1 == 2.0**53, float("nan") == float("nan"), 1 < 1.5, 3.5 >= 3)

# Errors name the operation and the types.
for expr in [
    lambda: "a" + 1,
    lambda: [1] + (1,),
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: -"a",
    lambda: ~1.5,
    lambda: abs("a"),
    lambda: 1 < "a",
    lambda: {} < {},
    lambda: b"a" + "b",
    lambda: [1] * 2.0,
]:
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)
