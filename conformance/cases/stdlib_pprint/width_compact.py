import pprint
data = {"numbers": list(range(40)), "words": ["alpha", "beta", "gamma", "delta"] * 4, "nested": [[1, 2], [3, 4]] * 5}
pprint.pprint(data, width=40)
pprint.pprint(data, width=60, compact=True)
