import json
for text in ['null', 'true', 'false', '0', '-12', '1.5', '-0.0', '1e3', '1E-2', '"str"', '[]', '{}',
             '[1, [2, [3]]]', '{"a": {"b": [1, 2, {"c": null}]}}', '  [ 1 , 2 ]  ', '123456789012345678901234567890',
             'NaN', 'Infinity', '-Infinity', '{"a": 1, "a": 2}', '\n\t{"k" :\r\n "v"}\n']:
    v = json.loads(text)
    print(repr(text), '->', repr(v), type(v).__name__)
