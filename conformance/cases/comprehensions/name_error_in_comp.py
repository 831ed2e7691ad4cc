print([i for i in range(3)])
print([j for i in range(3)])
