vals = [0.1] * 10
print(sum(vals), sum(vals) == 1.0, sum([1.5, 2.5], 10))
print(divmod(7.5, 2), divmod(-7.5, 2))
