names = ["a", "b", "c"]
scores = [90, 85]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(i, n, s)
print(list(zip(names, range(10), "xyz")))
