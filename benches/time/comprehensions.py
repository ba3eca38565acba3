# Comprehensions: list, set and dict comprehensions, nested loops and conditions
# inside them, comprehensions over comprehensions (matrix transpose and product,
# flattening, inverting dicts), and the builtins that usually consume them
# (sum, any, all, zip, enumerate).
# Prints one line, "checksum <value>".

ROUNDS = 120
SIZE = 60


def matrix(rows, cols, seed):
    return [[(i * cols + j + seed) % 17 - 8 for j in range(cols)] for i in range(rows)]


def transpose(m):
    return [[row[j] for row in m] for j in range(len(m[0]))]


def product(a, b):
    bt = transpose(b)
    return [[sum([x * y for x, y in zip(row, col)]) for col in bt] for row in a]


def one_round(r):
    acc = 0
    a = matrix(SIZE, SIZE, r)
    b = matrix(SIZE, SIZE, r * 3 + 1)
    c = product(a, b)
    acc += sum([sum(row) for row in c]) & 0xFFFFFFFF
    flat = [x for row in c for x in row if x % 2 == 0]
    acc += len(flat) + sum(flat[::7])

    squares = {i: i * i for i in range(2000)}
    inverted = {v: k for k, v in squares.items() if v % 3 == 1}
    acc += len(inverted) + sum([k for k in inverted if k % 5 == 0]) % 100003

    residues = {(i * i + r) % 1009 for i in range(4000)}
    acc += len(residues) + sum([1 for x in range(1009) if x in residues])

    words = [f"w{i % 97}x{i % 13}" for i in range(3000)]
    lengths = {w: len(w) for w in words}
    acc += sum(lengths.values()) + len({w[:3] for w in words})
    acc += len([w for w in words if w.endswith("x1") or w.startswith("w9")])

    pairs = [(i, j) for i in range(120) for j in range(i, 120) if (i + j) % 7 == r % 7]
    acc += len(pairs) + sum([i * j for i, j in pairs]) % 1000003
    acc += sum([i for i, (x, y) in enumerate(pairs[:500]) if x < y])
    acc += any([x > 8 * SIZE * 8 for row in c for x in row]) + all([len(row) == SIZE for row in c])

    nested = [[[i + j + k for k in range(8)] for j in range(8)] for i in range(40)]
    acc += sum([sum([sum(inner) for inner in mid]) for mid in nested])
    return acc


def main():
    checksum = 0
    for r in range(ROUNDS):
        checksum = (checksum * 1000003 + one_round(r)) % (1 << 61)
    print("checksum", checksum)


main()
