keep = []
for i in range(20000):
    d = {'i': i, 'l': [i, (i, str(i))], 's': {i, i + 1}, 'f': frozenset([i])}
    d['self'] = d
    if i % 1000 == 0:
        keep.append(d)
    it = iter(d.items())
    next(it)
    r = range(i, i + 10)[2:5]
    t = tuple(x for x in r)
print(len(keep), keep[3]['l'], sorted(keep[5]['s']), keep[2]['f'], t)
big = [[j] * 10 for j in range(2000)]
big.sort(key=lambda x: -x[0])
print(big[0][:2], big[-1][:2])
views = [{}.keys() for _ in range(1000)]
print(len(views))
s = set()
for i in range(50000):
    s.add((i, str(i)))
    if i % 3 == 0:
        s.discard((i - 1, str(i - 1)))
print(len(s))
