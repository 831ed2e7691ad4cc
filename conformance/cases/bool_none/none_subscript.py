d = None
print(repr(d))
d["key"]
