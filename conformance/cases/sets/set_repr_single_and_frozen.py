print({1}, {(1, 2)}, frozenset({3}), {frozenset({1})}, set([5]), {True})
s = {1, 2, 3}
s -= {1}
s |= {9}
s &= {2, 9, 10}
s ^= {2, 7}
print(sorted(s))
