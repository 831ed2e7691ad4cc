import random
r = random.Random(0)
tests = [
    lambda: r.choice([]),
    lambda: r.choice(''),
    lambda: r.gammavariate(0, 1),
    lambda: r.gammavariate(1, -1),
    lambda: r.expovariate(0),
    lambda: r.shuffle((1, 2, 3)),
    lambda: r.randbytes(-1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
