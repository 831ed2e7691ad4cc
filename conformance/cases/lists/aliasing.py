a = [1, 2]
b = a
b.append(3)
c = a[:]
c.append(4)
print(a, b, c, a is b, a is c, a == c[:3])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
