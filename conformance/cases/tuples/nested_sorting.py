records = [("b", 2, 1.5), ("a", 2, 0.5), ("c", 1, 9.0)]
for r in sorted(records, key=lambda r: (r[1], r[0])):
    print(*r)
print(min(records), max(records, key=lambda r: r[2]))
