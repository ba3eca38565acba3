# Generators and closures: pipelines of generator functions (filter, map, window,
# take), yield from delegation over a recursive tree walk, send() into a coroutine-
# style accumulator, generator expressions, and closures: counters with nonlocal,
# function factories, composed functions and decorators wrapping calls.
# Prints one line, "checksum <value>".

ROUNDS = 150
N = 20000


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def keep(pred, items):
    for x in items:
        if pred(x):
            yield x


def apply(fn, items):
    for x in items:
        yield fn(x)


def windows(items, size):
    window = []
    for x in items:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def take(n, items):
    for x in items:
        if n <= 0:
            return
        n -= 1
        yield x


def tree(depth, label):
    if depth == 0:
        return label
    return [tree(depth - 1, label * 2), tree(depth - 1, label * 2 + 1)]


def walk(node):
    if isinstance(node, list):
        for child in node:
            yield from walk(child)
    else:
        yield node


def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
        count += 1
    return total * 1000 + count


def make_counter(start):
    count = start

    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump


def make_adder(n):
    return lambda x: x + n


def compose(*fns):
    def composed(x):
        for fn in fns:
            x = fn(x)
        return x
    return composed


def logged(calls):
    def decorator(fn):
        def wrapper(*args):
            calls[0] += 1
            return fn(*args)
        return wrapper
    return decorator


def one_round(r):
    acc = 0
    # a pipeline of generators
    pipeline = take(N // 2, apply(lambda w: w[0] * w[2] - w[1],
                                  windows(keep(lambda x: x % 3 != r % 3, naturals(N)), 3)))
    for v in pipeline:
        acc = (acc + v) & 0xFFFFFFFF

    # yield from over a tree
    acc += sum(walk(tree(10, r + 1))) & 0xFFFFFFFF

    # send() into a generator; its return value comes back in StopIteration
    gen = accumulator()
    next(gen)
    for i in range(N // 4):
        gen.send(i ^ r)
    try:
        gen.send(None)
    except StopIteration as stop:
        acc += stop.value

    # closures
    counter = make_counter(r)
    adders = [make_adder(i) for i in range(16)]
    chain = compose(*adders)
    calls = [0]

    @logged(calls)
    def mix(a, b):
        return (a * 31 + b) & 0xFFFF

    for i in range(N // 4):
        counter()
        counter(by=i & 3)
        acc += chain(i) + mix(i, counter())
    acc += counter(0) + calls[0]

    # generator expressions
    acc += sum(x * x for x in range(N // 2) if x & 1)
    acc += max((x * 7) % 1001 for x in range(N // 4))
    acc += len([s for s in (str(i) for i in range(N // 8)) if "7" in s])
    return acc


def main():
    checksum = 0
    for r in range(ROUNDS):
        checksum = (checksum * 1000003 + one_round(r)) % (1 << 61)
    print("checksum", checksum)


main()
