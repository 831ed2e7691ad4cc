import pprint
data = {1: "int", "a": "str", (1,): "tuple", None: "none"}
print(pprint.pformat(data))
class NoWrite:
    pass
try:
    pprint.pprint([1, 2], stream=NoWrite())
except AttributeError as e:
    print("AttributeError", e)
