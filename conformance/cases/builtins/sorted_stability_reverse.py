recs = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(list(reversed(sorted(recs, key=lambda r: r[1]))))
