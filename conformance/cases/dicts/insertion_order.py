d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 99
del d["zeta"]
d["zeta"] = 0
print(list(d.items()))
