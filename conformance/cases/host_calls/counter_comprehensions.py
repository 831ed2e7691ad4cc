# corral: external counter
print([counter() for _ in range(3)])
print({counter(): i for i in range(2)})
print(sum([counter() for _ in range(2)]))
print([counter() for i in range(4) if i % 2])
