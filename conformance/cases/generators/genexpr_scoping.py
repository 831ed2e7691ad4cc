n = 3
g = (x * n for x in range(3))
n = 10
print(list(g))
xs = [1, 2]
g2 = (x for x in xs)
xs = [7, 8]
print(list(g2))
