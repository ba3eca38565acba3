class I(int):
    def __eq__(self, o): return True
    __hash__ = int.__hash__
print(I(100) in range(3), 5 in range(3), True in range(3), 2.0 in range(3))
class S(set):
    def __len__(self): return 42
print(S([1]) == {1}, len(S([1])), S([1]) <= {1, 2}, {1} == S([1]))
class B(bytes):
    def __bytes__(self): return b'ZZ'
print(bytes(B(b'ab')), bytearray(B(b'ab')), bytes(b'xy'))
class Bad:
    def __bytes__(self): return 'no'
try: bytes(Bad())
except TypeError as e: print(e)
class D(dict):
    def __iter__(self): return iter(['a'])
    def keys(self): return ['a']
    def __getitem__(self, k): return 'over-' + k
d = D(a=1, b=2)
print(dict(d), {}.update(d), dict(**d) if False else None)
x = {}; x.update(d); print(x)
class E(dict):
    def keys(self): return ['q']
print(dict(E(a=1)))
