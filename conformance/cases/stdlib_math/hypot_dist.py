import math
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 3e-200), math.hypot(1.5, 2.5, -3.5))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(*range(20)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (-2.25,)))
print(math.dist((1, 1, 1, 1), (2, 2, 2, 2)), math.dist(iter([0.1, 0.2]), (0.3, 0.4)))
