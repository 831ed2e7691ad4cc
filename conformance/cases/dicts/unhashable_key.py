d = {}
d["ok"] = 1
print(d)
d[["list"]] = 2
