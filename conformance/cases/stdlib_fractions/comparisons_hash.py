from fractions import Fraction as F
a, b = F(1, 3), F(2, 5)
print(a < b, a > 0.3, a == F(2, 6), a == 1/3, F(1, 2) == 0.5, F(2) == 2, 1 < a, a >= b, a != b)
print(F(1) < float('inf'), F(1) == float('nan'), F(1, 2) == complex(0.5, 0))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 11)))
print(hash(F(1, 2**61 - 1)), {F(1, 2): 'half'}[0.5], F(2, 4) in {0.5})
print(sorted([F(1, 2), F(1, 3), 0.4, 1, F(-1, 7)]), max(F(1, 2), 0.3), bool(F(0)), bool(a))
