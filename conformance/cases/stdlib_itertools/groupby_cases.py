from itertools import groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gb = groupby('aabbc')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
records = [('fruit', 'apple'), ('fruit', 'pear'), ('veg', 'leek')]
for kind, items in groupby(records, key=lambda r: r[0]):
    print(kind, [name for _, name in items])
print(list(groupby([])))
