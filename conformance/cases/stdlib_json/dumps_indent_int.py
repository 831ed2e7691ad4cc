import json
data = {"b": [1, 2.5, None, True], "a": {}, "c": [], "d": {"x": [1, {"y": 2}]}}
print(json.dumps(data, indent=2))
print(json.dumps([1, [2]], indent=0))
print(json.dumps([1, 2], indent=-1))
print(json.dumps({}, indent=4), json.dumps([], indent=4))
