# Count word frequencies in a text and print a small report.
TEXT = """
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away. A quick brown dog? No -- a lazy, lazy fox!
"""
def words(text):
    cleaned = "".join(c.lower() if c.isalpha() else " " for c in text)
    return cleaned.split()
counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
ranking = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(w) for w in counts)
for word, n in ranking[:6]:
    print(f"{word:<{width}} {n:>2} {'#' * n}")
print("distinct words:", len(counts), "total:", sum(counts.values()))
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print("most common letters:", "".join(sorted(letters, key=lambda c: (-letters[c], c))[:5]))
