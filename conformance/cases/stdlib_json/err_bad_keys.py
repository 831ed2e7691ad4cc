import json
for obj in [{(1, 2): 3}, {frozenset(): 1}, {"a": {b"x": 1}}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "ok": True}, skipkeys=True))
