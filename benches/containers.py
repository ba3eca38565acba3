d = {}
for i in range(200_000):
    d[str(i)] = i
s = 0
for k, v in d.items():
    s += len(k) + v
lst = sorted(d.values(), reverse=True)
print(s, lst[:3], sum(x * x for x in range(100_000)))
