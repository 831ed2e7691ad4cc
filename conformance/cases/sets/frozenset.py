fs = frozenset(["b", "a"])
print(sorted(fs), "a" in fs, hash(fs) == hash(frozenset(["a", "b"])), fs == {"a", "b"})
d = {fs: "key"}
print(d[frozenset({"a", "b"})])
print(sorted(fs | {"c"}), type(fs | {"c"}).__name__)
fs.add("c")
