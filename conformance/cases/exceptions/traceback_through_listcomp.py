def risky(x):
    return 10 // x
vals = [5, 2, 0]
print([risky(v) for v in vals[:2]])
print([risky(v) for v in vals])
