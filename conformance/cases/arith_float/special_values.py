inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308)
print(float("-Infinity"), float("  1.5  "), float("1e3"), float("-0"))
