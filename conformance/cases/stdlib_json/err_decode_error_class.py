import json
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
try:
    json.loads('{"a": 1,\n "b": ]}')
except ValueError as e:
    print(type(e).__name__, e.args, e.msg, repr(e.doc), e.pos, e.lineno, e.colno)
e = json.JSONDecodeError("Custom problem", "ab\ncd", 4)
print(e, e.lineno, e.colno)
