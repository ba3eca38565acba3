# 100,000 nested lists (and dicts/tuples) are created and dropped without a crash.
x = []
for _ in range(100_000):
    x = [x]
depth = 0
node = x
while node:
    node = node[0]
    depth += 1
print("depth:", depth)
del x, node
print("dropped lists")
d = {}
for _ in range(100_000):
    d = {"child": d}
print("dict built")
d = None
print("dropped dicts")
t = ()
for _ in range(100_000):
    t = (t,)
print("tuple built", len(t))
del t
print("dropped tuples")
