# time: clocks return floats and never go backwards; sleep waits.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t0 > 1_600_000_000)
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(t1 >= t0, p1 >= p0, m1 >= m0)
print(p1 - p0 >= 0.009, m1 - m0 >= 0.009)
print(type(time.time_ns()).__name__, time.time_ns() > 0)
last = time.monotonic()
ok = True
for _ in range(1000):
    now = time.monotonic()
    ok = ok and now >= last
    last = now
print(ok)
time.sleep(0)
print("done")
