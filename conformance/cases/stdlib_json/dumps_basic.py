import json
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-12))
print(json.dumps("hi"), json.dumps([1, "a", None]), json.dumps((1, 2)), json.dumps({"a": 1, "b": [True]}))
print(json.dumps([]), json.dumps({}), json.dumps([[]]), json.dumps({"x": {}}))
print(json.dumps({"name": "agent", "steps": [1, 2, 3], "meta": {"ok": True, "err": None}}))
