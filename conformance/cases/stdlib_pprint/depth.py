import pprint
data = {"a": [1, [2, [3, [4]]]], "b": {"c": {"d": {}}}}
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, depth=3, width=20))
