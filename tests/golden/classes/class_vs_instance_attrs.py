# Class attributes are shared; instance attributes shadow them.
class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.own = []
a = Counter()
b = Counter()
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
a.shared.append("x")
print(b.shared, Counter.shared)
a.own.append(1)
print(a.own, b.own)
del a.count
print(a.count)
Counter.new_attr = "added later"
print(b.new_attr)
print("count" in vars(a), "count" in vars(Counter))
print(sorted(k for k in vars(Counter) if not k.startswith("__")))
