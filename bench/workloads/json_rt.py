# json.dumps / json.loads round trips of nested agent-style data.
import json
data = [{"id": i, "name": "item" + str(i), "price": i * 1.5, "tags": ["x", "y", str(i % 9)],
         "meta": {"ok": i % 2 == 0, "parent": None}} for i in range(N // 10)]
total = 0
for r in range(10):
    text = json.dumps(data)
    back = json.loads(text)
    total += len(text) + len(back) + back[-1]["id"]
print(total)
