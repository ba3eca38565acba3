d = {range(3): 'a', slice(1, 2): 'b'}
print(d[range(0, 3)], d[slice(1, 2)], range(0) in {range(5, 5): 1}, hash(range(1, 2)) == hash(range(1, 2, 7)))
print(hash(slice(1, 2)) == hash(slice(1, 2, None)), hash(slice(1, 2)) != hash((1, 2, None)))
print(hash(range(3)) == hash((3, 0, 1)), hash(range(0)) == hash((0, None, None)), hash(range(4, 5)) == hash((1, 4, None)))
try: hash(slice([], 1))
except TypeError as e: print(e)
print(bool(range(0)), bool(range(2)), bool(None), not None)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(range(5).__reversed__()), list(reversed(range(0))))
print(range(1, 7, 2).__reduce__(), slice(1, None).__reduce__(), NotImplemented.__reduce__(), Ellipsis.__reduce__())
print(None.__eq__(None), None.__ne__(None), None.__eq__(0), None.__lt__(None), hash(None) == hash(None), None.__bool__())
import copy
print(copy.copy(range(3)), copy.deepcopy(slice(1, 2)), copy.copy(None))
print(type(None).__hash__(None) == hash(None))
r = reversed(range(10**20, 10**20 + 3)); print(list(r))
