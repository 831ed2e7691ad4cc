m = [[r * 3 + c for c in range(3)] for r in range(3)]
print(m, [row[i] for i, row in enumerate(m)], [[m[c][r] for c in range(3)] for r in range(3)])
flat = [v for row in m for v in row if v % 2]
print(flat)
