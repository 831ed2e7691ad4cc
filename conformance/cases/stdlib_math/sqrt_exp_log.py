import math
for x in [0.0, 0.25, 1, 2, 10, 1e-300, 1e300, 123456789]:
    print(x, math.sqrt(x), math.exp(-x), math.log1p(x), math.expm1(x / 1000))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2, 0.5))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.exp2(10), math.cbrt(27))
print(math.exp(709), math.exp(-1000), math.sqrt(2 ** 100), math.sqrt(True))
