# Recursive calls: plain recursion (fib, tak), calls with defaults and keyword
# arguments, *args forwarding, methods calling methods, and mutual recursion.
# Prints one line, "checksum <value>".

ROUNDS = 100


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def count_down(n, step=1, acc=0):
    if n <= 0:
        return acc
    return count_down(n - step, step=step, acc=acc + n)


def forward(*args):
    return add3(*args)


def add3(a, b, c):
    return a + b + c


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


class Walker:
    def __init__(self, base):
        self.base = base

    def walk(self, depth):
        if depth == 0:
            return self.base
        return self.left(depth - 1) + self.right(depth - 1)

    def left(self, depth):
        return self.walk(depth) + 1

    def right(self, depth):
        return self.walk(depth) * 2 % 1000003


def main():
    checksum = 0
    walker = Walker(3)
    for r in range(ROUNDS):
        checksum += fib(24 + r % 2)
        checksum += tak(18, 12, 6 + r % 2)
        for n in range(200):
            checksum += count_down(n + r, step=2)
        total = 0
        for i in range(30000):
            total += forward(i, r, 1)
        checksum += total
        checksum += sum(1 for n in range(0, 400, 7) if is_even(n + r))
        checksum += walker.walk(14 + r % 2)
        checksum %= 1 << 61
    print("checksum", checksum)


main()
