# oracle: native
# The check of examples/arena_release.py (issue 11): numbers compared, not printed.
# Freed memory goes back to the operating system when a whole arena empties -- and a single
# survivor keeps its arena (1 MiB) alive. The pymalloc intuition of the memory handbook, read
# from /proc/self/status (resident set size, in KiB): compare the numbers, not the bytes.
import gc


def rss_kib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


N = 1_000_000
gc.collect()
start = rss_kib()

points = [Point(i, i) for i in range(N)]
full = rss_kib()
grew = full - start
print("a million points take more than 50 MiB:", grew > 50 * 1024)

del points
gc.collect()
freed = rss_kib()
print("after freeing them all, most of it went back:", freed - start < grew // 4)

points = [Point(i, i) for i in range(N)]
survivors = points[::5000]  # one point in 5000: one or two in every arena
del points
gc.collect()
pinned = rss_kib()
print("with one survivor in 5000, most of it stays:", pinned - start > grew // 2)
print("survivors:", len(survivors))

del survivors
gc.collect()
print("and once they go too, it is returned:", rss_kib() - start < grew // 4)
