s = set()
for x in [5, 3, 9, 1, 7]:
    s.add(x)
print(sorted(s), sum(s), min(s), max(s))
s.update([2, 4], (6,))
s.difference_update({1, 2})
s.intersection_update(range(5, 10))
print(sorted(s))
