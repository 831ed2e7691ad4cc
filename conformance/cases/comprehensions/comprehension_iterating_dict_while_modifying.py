d = {"a": 1}
print([k for k in d])
print([d.setdefault(k + "x", 0) for k in d])
