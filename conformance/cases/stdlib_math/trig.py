import math
for x in [0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi, 10.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(x, math.asin(x), math.acos(x), math.atan(x))
for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -1), (math.inf, 1), (1, math.inf), (math.inf, math.inf)]:
    print(y, x, math.atan2(y, x))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
