import math
for x in [0.0, 0.5, 1.0, -2.0, 20.0]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in [1.0, 1.5, 10.0, 1e10]:
    print(x, math.acosh(x))
for x in [-0.99, -0.5, 0.0, 0.5, 0.9999]:
    print(x, math.atanh(x))
