import random
r = random.Random(0)
tests = [
    lambda: r.randrange(0),
    lambda: r.randrange(-5),
    lambda: r.randrange(5, 2),
    lambda: r.randrange(0, 10, 0),
    lambda: r.randrange(0, 10, -1),
    lambda: r.randrange(10, step=2),
    lambda: r.randrange(None),
    lambda: r.randint(3, 1),
    lambda: r.getrandbits(-1),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
