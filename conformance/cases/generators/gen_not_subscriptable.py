g = (x for x in range(3))
print(type(g).__name__)
g[0]
