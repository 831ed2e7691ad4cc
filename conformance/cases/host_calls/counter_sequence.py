# corral: external counter
print(counter())
print(counter(), counter())
total = counter() + counter()
print(total)
