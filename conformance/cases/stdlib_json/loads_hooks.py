import json
text = '{"b": 2, "a": {"y": 1, "x": [1, {"z": 0}]}}'
print(json.loads(text, object_hook=lambda d: sorted(d.items())))
print(json.loads(text, object_pairs_hook=lambda pairs: pairs))
print(json.loads(text, object_pairs_hook=lambda p: dict(reversed(p)), object_hook=lambda d: "unused"))
print(json.loads('[{}, {"k": 1}]', object_hook=lambda d: len(d)))
