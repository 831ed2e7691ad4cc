# corral: external counter
print(sum(counter() for _ in range(3)))
