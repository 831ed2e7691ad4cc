import json
a = [1]
a.append(a)
d = {}
d["self"] = d
class C:
    pass
for obj, kw in [(a, {}), (d, {}), (a, {"indent": 2}), ({"x": [d]}, {}), (C(), {"default": lambda o: [o]})]:
    try:
        json.dumps(obj, **kw)
    except ValueError as e:
        print("ValueError", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))
