print(min(3, 1, 2), max([4, 9, 2]), min("bca"), max([], default="empty"), min([(2, "a"), (1, "b")]))
print(max(["aa", "b", "cccc"], key=len), min({"x": 3, "y": 1}.items(), key=lambda kv: kv[1]), max(1, 2.5, -1))
print(max([1, 5, 5, 2], key=lambda x: x), max([("a", 1), ("b", 1)], key=lambda t: t[1]))
