import math
print(math.isqrt(17))
math.isqrt(-17)
