d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
e = {k: [] for k in "ab"}
e["a"].append(1)
print(e)
print(d.get("c", e.get("a")), d.setdefault("a", "unused"))
