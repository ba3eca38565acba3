# __iter__/__next__, __contains__, and the __getitem__ iteration fallback.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)))
for i in Countdown(2):
    print("tick", i)
class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
a, b, c = Seq()
print(a, b, c)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
