# Build, split, join and format strings.
words = []
for i in range(N):
    words.append("w" + str(i % 97) + "x")
text = " ".join(words)
parts = text.split(" ")
counts = {}
for p in parts:
    counts[p] = counts.get(p, 0) + 1
lines = []
for i in range(N // 10):
    lines.append("%d:%s|%5.2f" % (i, parts[i].upper(), i / 7) + "{}-{}".format(i, len(parts[i])))
joined = "\n".join(lines)
print(len(text), len(parts), len(counts), len(joined), joined.count("W1"), text.replace("w", "").find("96x"))
