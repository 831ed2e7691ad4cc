text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief"""
stop = {"the", "of", "it"}
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    if w and w not in stop:
        freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w:>{width}} {'#' * n} {n}")
print("distinct:", len(freq), "total:", sum(freq.values()))
