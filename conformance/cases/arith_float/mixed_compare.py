print(1 == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(max(1, 2.0), min(3, 2.5), sorted([3, 1.5, 2, 0.5]))
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(-1.0))
