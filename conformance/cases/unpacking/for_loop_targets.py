pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for i, (n, (c1, *cs)) in enumerate([(1, "xyz"), (2, "pq")]):
    print(i, n, c1, cs)
d = {"a": [1, 2], "b": [3, 4]}
for k, (lo, hi) in d.items():
    print(k, lo + hi)
