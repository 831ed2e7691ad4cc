print(range(0, 10, 2))
range(0, 10, 0)
