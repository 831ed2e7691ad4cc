# corral: external add
print(add(1, 2))
print(add(-5, 5))
print(add(1.5, 2))
print(add(2, 0.25))
print(add("ab", "cd"))
print(add("", "x"))
