import json
data = {"a": [1, 2], "b": {"c": None}}
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(";", "=")))
print(json.dumps(data, separators=[", ", " -> "], indent=1))
print(json.dumps([1, 2, 3], indent=2, separators=(", ", ": ")))
