# corral: external echo
print(list(map(echo, [1, 2, 3])))
