# sys's struct sequences: named fields over a tuple, their class, and their repr.
import sys

v = sys.version_info
cls = type(v)
print(cls, cls.__mro__, cls.__module__, cls.__name__, cls.__qualname__)
print(v.major, v[0], v[:2], len(v), isinstance(v, tuple), tuple(v)[3:])
print(v == tuple(v), hash(v) == hash(tuple(v)), v >= (3, 14))
print(cls.n_fields, cls.n_sequence_fields, cls.n_unnamed_fields)
print(sorted(k for k in cls.__dict__ if not k.startswith("__")))
print(repr(v))
print(repr(sys.int_info))
f = sys.float_info
print(f.max, f.epsilon, f.dig, f.mant_dig, f.radix, f.rounds, len(f))
print(repr(f)[:60])
print(sys.int_info.bits_per_digit, sys.int_info[1], sys.hash_info.inf)
print(sys.hash_info.imag, type(sys.hash_info).n_fields)
print(type(sys.int_info).__name__, type(sys.float_info).__module__)
try:
    v.major = 4
except AttributeError:
    print("read-only")
try:
    v.nothing
except AttributeError:
    print("no attribute 'nothing'")
print([x for x in sys.version_info[:3]])
