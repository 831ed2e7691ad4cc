import pprint
data = {"zeta": [1, 2, 3] * 8, "alpha": {"y": "why" * 10, "x": "ex" * 20}, "mid": (None, True, 1.5)}
pprint.pprint(data, indent=4, width=50, sort_dicts=False)
pprint.pprint(data, indent=2, width=50)
pprint.pp({"z": 1, "a": 2})
