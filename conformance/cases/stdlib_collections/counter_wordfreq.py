from collections import Counter, defaultdict
text = """it was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
freq = Counter(text.split())
for word, n in freq.most_common(4):
    print(f"{word:>8} {n}")
by_len = defaultdict(list)
for w in sorted(freq):
    by_len[len(w)].append(w)
print(dict(by_len))
print(sum(freq.values()), freq.total(), len(freq))
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(3))
