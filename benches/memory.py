"""Memory benchmark (issue 11): what one object costs, what stays after freeing, and how long
a full collection of a big live heap takes. Run by benches/memory under ouro and under native
CPython 3.14, one fresh process per measurement; it runs unchanged under both.

    memory.py KIND        build 1,000,000 objects of KIND held in a list, then free them;
                          prints:  KIND BYTES_PER_OBJECT KEPT_MB
    memory.py gc SHAPE    keep 1,000,000 containers of SHAPE alive and time gc.collect();
                          prints:  gc-SHAPE MEDIAN_MS MIN_MS MAX_MS

KIND is one of the keys of KINDS below, SHAPE one of the keys of GC_SHAPES.

How the numbers are taken (the invariants the runner's table relies on):

* BYTES_PER_OBJECT = VmRSS growth (from /proc/self/status, in KiB) * 1024 / N while the N
  objects are built and held. The list that holds them is created after the baseline, at its
  final length (`[None] * N`), so every object is charged exactly one list slot (8 bytes in
  CPython) and no over-allocation of a growing list.
* KEPT_MB = VmRSS after `del` of the list and `gc.collect()`, minus the baseline, in MiB:
  the memory the allocator did not give back to the OS.
* The baseline is read after a `gc.collect()`, with everything this script needs already
  imported and defined, so nothing but the objects and their list is allocated in between.
* The timed collections run with automatic collection disabled, after one untimed
  collection (which moves everything to the oldest generation in CPython), so each of the
  five timed runs is a full collection over the same 1,000,000 live containers (plus the
  list that holds them). The median is reported.
"""

import gc
import sys
import time

N = 1_000_000


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


# The attribute's value is shared (None), so the instance and slots rows charge the instance
# alone, not an int per object as well (as in issue 11's table); `(i, i)` does hold one int.
class One:
    def __init__(self):
        self.a = None


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = None


# Each maker returns a fresh object for i (ints from i + 100000 are past the small-int cache;
# str(i) is a cached one-character string only for i < 10).
KINDS = {
    "object": lambda i: object(),
    "instance": lambda i: One(),
    "slots": lambda i: Slotted(),
    "tuple": lambda i: (i, i),
    "list": lambda i: [],
    "str": lambda i: str(i),
    "int": lambda i: i + 100000,
    "float": lambda i: float(i),
}

GC_SHAPES = {
    "lists": lambda i: [i],
    "instances": lambda i: One(),
}


def fill(make):
    objs = [None] * N
    for i in range(N):
        objs[i] = make(i)
    return objs


def per_object(kind):
    make = KINDS[kind]
    gc.collect()
    base = rss_kib()
    objs = fill(make)
    full = rss_kib()
    del objs
    gc.collect()
    after = rss_kib()
    print(kind, f"{(full - base) * 1024 / N:.1f}", f"{(after - base) / 1024:.1f}")


def collect_time(shape):
    make = GC_SHAPES[shape]
    gc.disable()
    objs = fill(make)
    gc.collect()
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        gc.collect()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(f"gc-{shape}", f"{times[2]:.1f}", f"{times[0]:.1f}", f"{times[-1]:.1f}")
    del objs


def main(argv):
    if len(argv) == 2 and argv[1] in KINDS:
        per_object(argv[1])
    elif len(argv) == 3 and argv[1] == "gc" and argv[2] in GC_SHAPES:
        collect_time(argv[2])
    else:
        print("usage: memory.py KIND | memory.py gc SHAPE", file=sys.stderr)
        print("  KIND:", " ".join(KINDS), file=sys.stderr)
        print("  SHAPE:", " ".join(GC_SHAPES), file=sys.stderr)
        sys.exit(2)


main(sys.argv)
