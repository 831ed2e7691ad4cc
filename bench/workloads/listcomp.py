# List, dict and set comprehensions.
total = 0
for r in range(N // 1000):
    xs = [i * 2 for i in range(1000)]
    ys = [x + 1 for x in xs if x % 3 == 0]
    zs = {x: x * x for x in ys}
    ws = {x % 17 for x in xs}
    total += len(ys) + len(zs) + len(ws) + ys[-1]
print(total)
