# corral: divergence host calls from Python code run by a builtin on the C stack raise RuntimeError; see docs/divergences.md
# corral: external echo
print(list(map(echo, [1, 2, 3])))
