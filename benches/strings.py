words = []
for i in range(100_000):
    words.append(f"word{i % 1000}")
text = " ".join(words)
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(len(counts), max(counts.values()), text.upper()[:20])
