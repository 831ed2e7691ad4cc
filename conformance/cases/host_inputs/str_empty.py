# corral: inputs s=""
print(repr(s), len(s), bool(s))
print(s or "default")
