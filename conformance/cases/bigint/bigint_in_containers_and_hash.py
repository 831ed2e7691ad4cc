big = 2 ** 100
d = {big: "big", big + 1: "next"}
print(d[2 ** 100], d[(2 ** 100) + 1], big in {big}, sorted([big, -big, big // 3]))
print(hash(2 ** 100) == hash(2 ** 100 + 0), hash(2 ** 61 - 1), hash(-(2 ** 61) + 1), hash(2 ** 100))
