import math
pairs = [(2, 10), (2.0, -1), (-8, 3), (0.0, 0.0), (math.nan, 0), (1, math.nan), (math.inf, -1), (-math.inf, 3),
         (-math.inf, 2), (0.5, math.inf), (2, -math.inf), (-1, math.inf), (-0.0, 3), (4, 0.5)]
for x, y in pairs:
    print(x, y, math.pow(x, y))
print(math.pow(10, 308), math.pow(2, 0.5) == math.sqrt(2))
