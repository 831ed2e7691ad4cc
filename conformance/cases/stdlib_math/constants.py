import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan, type(math.pi).__name__)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.isfinite(math.inf))
print(math.tau == 2 * math.pi, math.inf > 10**400)
