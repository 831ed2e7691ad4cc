a, b, c = {1, 2, 3}, {2, 3, 4}, {3, 4, 5}
print(sorted(a | b & c), sorted((a | b) & c), sorted(a - b - c), sorted(a ^ b ^ c))
fs = frozenset(a)
print(type(fs & b).__name__, type(b & fs).__name__, sorted(fs - {1}), fs <= a, frozenset() == set())
print(sorted({x % 3 for x in range(10)}), {1, 2}.union(), set().union([1], [2]) == {1, 2})
