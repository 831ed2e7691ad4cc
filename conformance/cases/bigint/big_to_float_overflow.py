print(float(10 ** 300))
print(float(10 ** 400))
