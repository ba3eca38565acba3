# time.struct_time: a tuple subclass of nine fields, with tm_zone and tm_gmtoff as attributes
# only; constructed from a 9- to 11-sequence, compared, hashed and sliced as a tuple.
import time

S = time.struct_time
t = time.gmtime(0)
print(t)
print(type(t), type(t).__mro__, S.__module__, S.__name__, S.__qualname__)
print(len(t), t[0], t[-1], t[2:5], t.tm_year, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, S.n_fields, S.n_sequence_fields, S.n_unnamed_fields)
print(S.__match_args__)
print(isinstance(t, tuple), issubclass(S, tuple))

# Compared and hashed as the tuple of its nine items.
print(t == (1970, 1, 1, 0, 0, 0, 3, 1, 0), (1970, 1, 1, 0, 0, 0, 3, 1, 0) == t, t != t)
print(t < (1971,), hash(t) == hash(tuple(t)))
print(sorted([time.gmtime(5), time.gmtime(1)])[0].tm_sec)
print(type(t + (1,)).__name__, type(t[:]).__name__, type(t * 1).__name__)
print(list(t), max(t), t.count(0), t.index(3))
a, b, c, *rest = t
print(a, b, c, rest)

# Construction: 9 items, or up to 11 (the hidden fields), or the hidden ones from a dict.
base = (2000, 1, 2, 3, 4, 5, 6, 7, 0)
for args in [
    (base,),
    (list(base),),
    (iter(base),),
    ("abcdefghi",),
    (base + ("ABC",),),
    (base + ("ABC", 3600),),
    (base, {"tm_zone": "Z"}),
    (base, {"tm_zone": "Z", "tm_gmtoff": -60}),
    (base + ("X",), {"tm_gmtoff": 7}),
]:
    s = S(*args)
    print(s, s.tm_zone, s.tm_gmtoff, len(s))
s = S(sequence=base, dict={"tm_gmtoff": 5})
print(s.tm_zone, s.tm_gmtoff)

# The constructor's errors.
for args, kwargs in [
    ((), {}),
    (((1, 2),), {}),
    (((1,) * 12,), {}),
    ((5,), {}),
    ((base, None), {}),
    ((base, 5), {}),
    ((base, {"tm_year": 1}), {}),
    ((base, {"tm_zone": "x", "bogus": 1}), {}),
    ((base + ("X",), {"tm_zone": "Z"}), {}),
    ((base, {}, 3), {}),
    ((base,), {"foo": 1}),
    ((base,), {"sequence": base}),
]:
    try:
        S(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

# Read-only fields, no new attributes.
for name in ["tm_year", "tm_zone", "foo"]:
    try:
        setattr(t, name, 5)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    class Sub(S):
        pass
except TypeError as e:
    print("TypeError:", e)

# Pickling support and replace().
g = time.gmtime(1_000_000_000)
print(g.__reduce__())
r = g.__replace__(tm_year=5, tm_zone="Q")
print(r, r.tm_zone, r.tm_gmtoff)
for call in [lambda: g.__replace__(bogus=1), lambda: g.__replace__(5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
import copy
c = copy.copy(g)
print(c == g, c.tm_zone, copy.deepcopy(g).tm_gmtoff)
print(copy.replace(g, tm_mon=2))
