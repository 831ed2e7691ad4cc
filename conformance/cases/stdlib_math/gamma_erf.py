import math
for x in [0.5, 1, 1.5, 2, 5, 10.5, 23, 30.25, 100.5, -0.5, -1.5, -2.25, 1e-25, 171.5]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [0.0, 0.1, 0.5, 1.0, -1.0, 2.5, 6.0, -30.0]:
    print(x, math.erf(x), math.erfc(x))
print(math.lgamma(1e300), math.lgamma(-1e300 + 0.5), math.gamma(-200.5), math.lgamma(math.inf))
