vals = [3, 8, 1, 9]
print([y for x in vals if (y := x * 2) > 5], y)
