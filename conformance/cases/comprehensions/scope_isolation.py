x = "outer"
ys = [x for x in range(3)]
print(x, ys)
z = 10
print([z + i for i in range(3)])
