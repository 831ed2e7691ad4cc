import json
s = json.loads('"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u0041\\u00e9\\u4e16\\ud83d\\ude00"')
print(repr(s), len(s))
print(json.loads('"\\ud834\\udd1e"') == "\U0001d11e")
print(json.loads('"tab\there"', strict=False) == "tab\there")
print(json.loads('["\u00e9", "\u4e16"]'))
