import json
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", False: "f"}))
print(json.dumps({float("inf"): 1, float("nan"): 2, -0.0: 3}))
print(json.dumps({"a": 1, (1, 2): 3, "b": 4}, skipkeys=True))
print(json.dumps({10 ** 20: "big"}))
