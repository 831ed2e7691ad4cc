import json
doc = {"items": [{"id": i, "name": "item %d" % i, "tags": ["a", "b\u00e9"], "score": i / 4, "ok": i % 2 == 0}
                  for i in range(5)], "empty": {}, "none": None, "nested": [[[[]]]]}
s = json.dumps(doc)
print(s)
print(json.loads(s) == doc)
s2 = json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False)
print(len(s2), json.loads(s2) == doc)
print(json.loads(json.dumps("\U0001f600")) == "\U0001f600")
