d = {"a": 1, "b": 2}
print(d.pop("a"), d.pop("zz", "dflt"), d)
d.update({"c": 3}, d2=4)
d.update([("e", 5)])
print(d, d.popitem(), d)
e = dict.fromkeys(["x", "y"], 0)
print(e, dict(a=1, b=2), dict([("k", "v")]), dict(zip("ab", [1, 2])))
print(d | {"z": 26}, {**d, "b": 0})
