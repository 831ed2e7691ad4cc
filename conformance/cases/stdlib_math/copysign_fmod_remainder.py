import math
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(math.inf, -1), math.copysign(1, math.nan) > 0)
for x, y in [(7, 3), (-7, 3), (7, -3), (7.5, 2), (-0.0, 1), (5, math.inf), (1e308, 1e-308)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.fabs(-3), math.fabs(-0.0))
