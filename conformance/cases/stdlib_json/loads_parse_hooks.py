import json
text = '[1, 2.5, -3, 1e2, NaN, Infinity, -Infinity, 10000000000000000000000]'
print(json.loads(text, parse_int=str))
print(json.loads(text, parse_float=lambda s: "F" + s))
print(json.loads(text, parse_constant=lambda s: s.lower()))
print(json.loads(text, parse_int=float, parse_float=int if False else None))
