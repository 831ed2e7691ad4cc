d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "a" in d, "z" in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
print(d, d.get("b"), d.get("b", 0), d.setdefault("x", []), d)
