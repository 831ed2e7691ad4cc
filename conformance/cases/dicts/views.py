d = {"a": 1, "b": 2}
keys = d.keys()
vals = d.values()
d["c"] = 3
print(keys, vals, d.items(), len(keys), "a" in keys, 3 in vals, ("a", 1) in d.items())
print(sorted(keys & {"a", "z"}), sorted(keys - {"a"}), sorted(keys | {"q"}))
