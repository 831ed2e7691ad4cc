# corral: external echo
print(sorted([3, 1, 2], key=lambda v: echo(-v)))
