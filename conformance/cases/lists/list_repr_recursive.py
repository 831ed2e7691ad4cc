xs = [1, 2]
xs.append(xs)
print(xs, len(xs))
d = {"a": 1}
d["self"] = d
print(d)
