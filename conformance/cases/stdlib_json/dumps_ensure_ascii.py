import json
s = "h\u00e9llo \u4e16\u754c \U0001f600 \x7f \x00 \x1f tab\t quote\" slash\\ /"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"cl\u00e9": "v\u00e0l"}), json.dumps({"cl\u00e9": "v\u00e0l"}, ensure_ascii=False))
print(json.dumps("\n\r\b\f\u2028"))
