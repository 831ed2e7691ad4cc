# corral: divergence host calls from Python code run by a builtin on the C stack raise RuntimeError; see docs/divergences.md
# corral: external echo
print(sorted([3, 1, 2], key=lambda v: echo(-v)))
