# corral: external echo
f = echo
print(f(3))
print(list(map(echo, [1, 2, 3])))
print(sorted([3, 1, 2], key=echo))
print([g(5) for g in (echo, abs)])
