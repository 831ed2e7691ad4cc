data = [(1, (2, 3)), (4, (5,))]
for a, (b, c) in data:
    print(a, b, c)
