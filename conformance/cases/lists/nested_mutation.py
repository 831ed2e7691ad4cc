m = [[1, 2, 3], [4, 5, 6]]
for row in m:
    row.append(sum(row))
print(m)
t = [list(r) for r in zip(*m)]
print(t)
print([x for row in m for x in row if x % 2])
