import json
data = {"zeta": 1, "alpha": {"y": 2, "b": 3}, "mid": [3, 2, 1]}
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent="--", sort_keys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
