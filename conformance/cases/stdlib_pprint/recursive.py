import pprint
l = [1, 2]
l.append(l)
print(pprint.isrecursive(l), pprint.isreadable(l), pprint.isreadable([1, "a"]))
d = {"self": None}
d["self"] = d
print(pprint.isrecursive(d), pprint.saferepr([1, (2, 3)]))
