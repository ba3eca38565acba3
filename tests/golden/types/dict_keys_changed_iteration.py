d = {1: 1}
try:
    for k in d:
        del d[k]
        d[k + 1] = 1
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[3] = 3
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = 0
print(d)
d = {'a': 1, 'b': 2}
try:
    for k, v in d.items():
        del d['b']; d['c'] = 3
except RuntimeError as e:
    print(e)
print(int(bytearray(b'7')), int(b' 12 '))
