# "too many values to unpack" gives the count only for an exact list, tuple or dict.
class L(list): pass
class T(tuple): pass
class S:
    def __len__(self): return 3
    def __iter__(self): return iter([1,2,3])
class G:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
for v in [[1,2,3], (1,2,3), "abc", b"abc", bytearray(b"abc"), {1:1,2:2,3:3}, {1,2,3}, frozenset({1,2,3}), range(3), L([1,2,3]), T((1,2,3)), S(), G(), {1:1,2:2,3:3}.keys(), {1:1,2:2,3:3}.items(), iter([1,2,3]), (x for x in [1,2,3])]:
    try:
        a, b = v
    except ValueError as e:
        print(type(v).__name__, e)
