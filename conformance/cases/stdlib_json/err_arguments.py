import json
tests = [lambda: json.loads(1), lambda: json.loads(None), lambda: json.loads([]), lambda: json.dumps(1, 2),
         lambda: json.loads('[1]', x=1), lambda: json.dumps(1, foo=1), lambda: json.dumps([1], indent=1.5),
         lambda: json.dumps([1, 2], separators=("a",)), lambda: json.loads('1.5', parse_float=5)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
