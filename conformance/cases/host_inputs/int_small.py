# corral: inputs x=3
print(x)
print(x * 2, x ** 3, -x)
print(type(x).__name__)
