# Dicts with int and str keys: insert, lookup, delete, re-insert.
d = {}
for i in range(N):
    d[i * 7] = i
hits = 0
for i in range(N * 2):
    if i in d:
        hits += d[i]
for i in range(0, N * 7, 14):
    del d[i]
s = {}
for i in range(N):
    s["key" + str(i)] = i
total = 0
for i in range(0, N, 3):
    total += s["key" + str(i)]
for i in range(0, N, 2):
    del s["key" + str(i)]
for i in range(N // 2):
    s["new" + str(i)] = i
print(len(d), hits, len(s), total, sum(s.values()) % 1000003)
