d = {i: i * i for i in range(6)}
for k in [0, 3]:
    del d[k]
d[0] = "new"
print(d, list(reversed(d)))
