import json
for obj in [{1, 2}, b"bytes", object, 1j, [1, {"k": frozenset()}], range(3)]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps({"ok": 1, "bad": [{2}]}, indent=2)
except TypeError as e:
    print("TypeError", e)
