# Dicts, strings and sorting: a text of pseudo-random words (from a hand-written
# linear congruential generator) is split, counted in dicts, grouped, transformed
# with str methods, joined back, and sorted several ways (plain, by key, by tuple,
# reversed, stable re-sorts).
# Prints one line, "checksum <value>".

ROUNDS = 40
WORDS = 20000

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve", "zu",
             "an", "el", "in", "or", "us", "qua", "thr", "ee", "ox", "ly"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_text(rng, n):
    words = []
    for _ in range(n):
        parts = [SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(1 + rng.next(3))]
        word = "".join(parts)
        if rng.next(7) == 0:
            word = word.capitalize()
        words.append(word)
        if rng.next(11) == 0:
            words.append("\n")
    return " ".join(words)


def string_hash(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def one_round(seed):
    rng = Lcg(seed)
    text = make_text(rng, WORDS)
    lines = text.split("\n")
    words = text.split()

    counts = {}
    for w in words:
        key = w.lower()
        counts[key] = counts.get(key, 0) + 1

    by_initial = {}
    for w in counts:
        initial = w[0]
        if initial in by_initial:
            by_initial[initial].append(w)
        else:
            by_initial[initial] = [w]

    lengths = {}
    for w, c in counts.items():
        lengths.setdefault(len(w), []).append((c, w))

    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    top = ranked[:50]
    alpha = sorted(counts)
    by_len = sorted(alpha, key=len, reverse=True)
    for group in lengths.values():
        group.sort()
    pairs = sorted((len(w), w[::-1]) for w in alpha)

    acc = len(lines) + len(words) + len(counts)
    for w, c in top:
        acc = (acc * 131 + c + string_hash(w)) & 0xFFFFFFFFFFFF
    acc += string_hash("".join(alpha[::97])) + string_hash("".join(by_len[:40]))
    acc += string_hash(",".join(w for _, w in pairs[::53]))
    for initial in sorted(by_initial):
        acc += len(by_initial[initial]) * ord(initial)
    for n in sorted(lengths):
        acc += n * lengths[n][-1][0]

    # str methods over the lines
    upper = 0
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("ka") or stripped.endswith("ly"):
            upper += len(stripped.upper())
        upper += stripped.count("a") + stripped.find("zu")
        upper += len(stripped.replace("qua", "Q").split(" "))
        upper += len(stripped.title()[:10])
    acc += upper

    table = {}
    for i, w in enumerate(words[:5000]):
        table[(w, i & 7)] = i
    hits = 0
    for i, w in enumerate(words[:5000]):
        if (w, (i + 1) & 7) in table:
            hits += 1
        hits += table.get((w, i & 7), -1) & 3
    for key in list(table)[::3]:
        del table[key]
    acc += hits + len(table)
    return acc


def main():
    checksum = 0
    for r in range(ROUNDS):
        checksum = (checksum * 1000003 + one_round(r * 7919 + 1)) % (1 << 61)
    print("checksum", checksum)


main()
