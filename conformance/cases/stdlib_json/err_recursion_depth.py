import json
for text in ['[' * 100000, '{"a":' * 100000, '[' * 50000 + ']' * 50000]:
    try:
        json.loads(text)
    except RecursionError as e:
        print("RecursionError", e)
deep = []
for i in range(5000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
ok = '[' * 500 + ']' * 500
print(len(json.dumps(json.loads(ok))))
