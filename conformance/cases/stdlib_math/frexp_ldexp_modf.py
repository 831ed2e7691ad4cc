import math
for x in [0.0, -0.0, 1.0, 0.5, 8.0, -3.75, 1e-320, 1e308, math.inf, 5]:
    print(x, math.frexp(x), math.modf(x))
print(math.modf(math.nan), math.modf(-math.inf))
print(math.ldexp(1.5, 4), math.ldexp(1, -1100), math.ldexp(-0.0, 5), math.ldexp(3, -10 ** 20), math.ldexp(0.75, 1024 - 1))
m, e = math.frexp(123.456)
print(math.ldexp(m, e) == 123.456)
