# popitem takes the last item; popping a big dict empty is linear (CPython truncates its
# entry array as it goes).
d = {i: i for i in range(131072)}
n = 0
while d:
    d.popitem()
    n += 1
print(n)
d = {1: 1, 2: 2, 3: 3}
print(d.popitem(), d)
d[9] = 9
print(d, d.popitem(), d.popitem(), d)
d[4] = 4; d[5] = 5
del d[4]
print(d.popitem(), d)
