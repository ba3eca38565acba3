# list and dict method edges: errors, extended slices, self-assignment, insert clamping,
# sort mutating the list, dict() from pairs and mappings, views' reprs.
a = [3, 1, 2]
try: a.sort(key=lambda x: a.append(1) or x)
except ValueError as e: print('ValueError', e)
b = [1, 2, 3]
try: b.remove(7)
except ValueError as e: print('ValueError', e)
try: b.index(7)
except ValueError as e: print('ValueError', e)
try: [].pop()
except IndexError as e: print('IndexError', e)
c = list(range(10)); c[2:8:2] = 'abc'; print(c)
try: c[::2] = [1]
except ValueError as e: print('ValueError', e)
print(c[::-3], c[100:], c[-100:2])
d = [1, 2, 3]; d[1:2] = d; print(d)
e = [1, 2, 3]; del e[::2]; print(e)
print([1, 2] < [1, 2, 0], [1, [2]] == [1, [2]], [] * -1, [0] * 3)
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])), [1, 2, 3].index(2, 1), [1, 1, 2].count(1))
x = [1, 2]; x.insert(-10, 0); x.insert(10, 9); print(x)
print(dict.fromkeys('ab'))
try: dict([(1, 2, 3)])
except ValueError as e: print('ValueError', e)
try: {}['x']
except KeyError as e: print('KeyError', e)
try: {}.pop('x')
except KeyError as e: print('KeyError', e)
try: {}.popitem()
except KeyError as e: print('KeyError', e)
print({1: 2} == {1: 2.0}, {1: 2}.keys() == {1}, {1: 2}.items() == {(1, 2)}, list(reversed({1: 1, 2: 2})))
dd = {'a': 1, 'b': 2}; print(dd | {'a': 3}, dd.get('z', 0), dd.pop('z', 'default'))
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
d = {1: 2}
try:
    for k in d: d[k + 10] = 1
except RuntimeError as e: print('RuntimeError', e)
