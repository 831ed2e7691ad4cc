from math import sqrt as root, pi
import math as m
print(root(16), pi, m.floor(2.5))
print([hasattr(m, n) for n in ["isqrt", "comb", "fsum", "ulp", "cbrt", "exp2", "nosuch"]])
print(m.sqrt, type(m).__name__, m.__name__)
