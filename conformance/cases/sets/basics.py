s = {3, 1, 2, 3}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), len(s), 2 in s, 1 in s, set(), type({}).__name__)
print(sorted({1, 2} | {3}), sorted({1, 2} & {2, 3}), sorted({1, 2} - {2}), sorted({1, 2} ^ {2, 3}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2}.isdisjoint({3}), {1, 2, 3} >= {1})
