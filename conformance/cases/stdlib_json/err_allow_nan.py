import json
for obj, kw in [(float("nan"), {}), ([float("inf")], {}), ({"k": -float("inf")}, {}), ({float("nan"): 1}, {}),
                (float("nan"), {"indent": 1}), ([float("inf")], {"indent": 1})]:
    try:
        print(json.dumps(obj, allow_nan=False, **kw))
    except ValueError as e:
        print("ValueError", e)
print(json.dumps([1.5, float("nan")], allow_nan=True))
