# Cyclic garbage: every structure built here is a reference cycle that reference
# counting cannot free, with the automatic collector on (its default thresholds),
# so the cycle collector runs many times during the program. Parent/child trees
# with back links, self-referencing instances, doubly linked rings, lists and dicts
# that contain themselves, closures that refer to themselves, and objects with a
# __del__ method (finalized once, then freed: PEP 442). The checksum includes the
# number of finalizers run, read after a final gc.collect().
# Prints one line, "checksum <value>".

import gc

ROUNDS = 5500


class Parent:
    def __init__(self, value):
        self.value = value
        self.children = []

    def add(self, child):
        self.children.append(child)
        child.parent = self


class Child:
    def __init__(self, value):
        self.value = value
        self.parent = None


class Selfish:
    def __init__(self, value):
        self.value = value
        self.me = self


class RingNode:
    def __init__(self, value):
        self.value = value
        self.prev = self
        self.next = self

    def insert_after(self, node):
        node.prev = self
        node.next = self.next
        self.next.prev = node
        self.next = node


finalized = [0]


class Finalized:
    def __init__(self, value):
        self.value = value
        self.partner = None

    def __del__(self):
        finalized[0] += self.value & 1


def family(seed):
    parent = Parent(seed)
    for i in range(8):
        parent.add(Child(seed + i))
    total = 0
    for child in parent.children:
        total += child.parent.value + child.value
    return total


def ring(seed, size):
    head = RingNode(seed)
    node = head
    for i in range(1, size):
        new = RingNode(seed + i)
        node.insert_after(new)
        node = new
    total = 0
    node = head.next
    while node is not head:
        total += node.value - node.prev.value
        node = node.next
    return total


def self_containers(seed):
    lst = [seed]
    lst.append(lst)
    d = {"key": seed}
    d["self"] = d
    s = Selfish(seed)
    s.box = [s, d, lst]
    return lst[0] + d["key"] + s.me.value


def closure_cycle(seed):
    def counter(n):
        if n <= 0:
            return seed
        return counter(n - 1) + 1   # counter's cell holds counter itself
    return counter(5)


def finalized_pair(seed):
    a = Finalized(seed)
    b = Finalized(seed + 1)
    a.partner = b
    b.partner = a
    return a.partner.value


def main():
    if not gc.isenabled():
        raise SystemExit("the collector should be on")
    checksum = 0
    created_odd = 0
    for r in range(ROUNDS):
        acc = 0
        for i in range(40):
            seed = r * 40 + i
            acc += family(seed)
            acc += self_containers(seed)
            acc += closure_cycle(seed)
            acc += finalized_pair(seed)
            created_odd += 1        # one of seed and seed + 1 is odd
        acc += ring(r, 200)
        checksum = (checksum * 1000003 + acc) % (1 << 61)
    gc.collect()
    checksum = (checksum * 1000003 + finalized[0] * 2 + (finalized[0] == created_odd)) % (1 << 61)
    print("checksum", checksum)


main()
