import random
r = random.Random(0)
tests = [
    lambda: r.seed([1, 2]),
    lambda: r.seed({}),
    lambda: r.setstate((9, (), None)),
    lambda: r.setstate((3, [0] * 625, None)),
    lambda: r.setstate((3, (0,) * 10, None)),
    lambda: r.setstate((3, (0,) * 624 + (625,), None)),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(r.random())
