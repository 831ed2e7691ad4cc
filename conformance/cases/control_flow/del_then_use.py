x = 10
print(x)
del x
print(x)
