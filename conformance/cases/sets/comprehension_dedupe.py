words = ["Apple", "apple", "Banana", "APPLE", "cherry"]
print(sorted({w.lower() for w in words}))
seen = set()
out = []
for w in words:
    k = w.lower()
    if k not in seen:
        seen.add(k)
        out.append(w)
print(out)
