n = 2 ** 100
print(n // 3)
print(n // 0)
