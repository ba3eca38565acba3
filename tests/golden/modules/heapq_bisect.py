# heapq and bisect: results, the comparisons made (in order), and errors.
import bisect
import heapq

log = []


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "I(%d)" % self.v


data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]
h = list(data)
heapq.heapify(h)
print(h)
heapq.heappush(h, -1)
print(h, [heapq.heappop(h) for _ in range(4)], h)
print(heapq.heapreplace(h, 10), heapq.heappushpop(h, -5), heapq.heappushpop(h, 11), h)
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nsmallest(1, data),
      heapq.nlargest(2, data, key=lambda v: -v), heapq.nsmallest(20, data))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])),
      list(heapq.merge([7, 4, 1], [8, 5], reverse=True)),
      list(heapq.merge(["bb", "a"], ["ccc"], key=len)))
m = list(data)
heapq.heapify_max(m)
print(m, heapq.heappop_max(m), heapq.heappush_max(m, 100), m[0],
      heapq.heapreplace_max(m, -1), heapq.heappushpop_max(m, 50))

items = [Item(v) for v in data]
heapq.heapify(items)
heapq.heappush(items, Item(-2))
heapq.heappop(items)
print(items)
print(len(log), log[:12])
log.clear()
print(heapq.nsmallest(3, [Item(v) for v in data]), len(log))

for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush((), 1), lambda: heapq.heapify({})):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4),
      bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3),
      bisect.bisect_left(a, 4, key=lambda v: v * 2))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 9)
bisect.insort(a, 0, key=lambda v: v)
print(a)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print("ValueError:", e)
log.clear()
print(bisect.bisect_left([Item(v) for v in range(10)], Item(6)), log)
