print(sorted([1, 2], key=None))
sorted([1, 2], key=5)
