import random
r = random.Random(0)
tests = [
    lambda: r.sample([1, 2], 3),
    lambda: r.sample([1, 2], -1),
    lambda: r.sample({1, 2}, 1),
    lambda: r.sample('ab', 1, counts=[1]),
    lambda: r.sample('ab', 1, counts=[0, 0]),
    lambda: r.sample('ab', 1, counts=[1.5, 1]),
    lambda: r.choices('ab', 3),
    lambda: r.choices('ab', [1], k=2),
    lambda: r.choices('ab', [0, 0]),
    lambda: r.choices('ab', [1, 2], cum_weights=[1, 2]),
    lambda: r.choices('ab', [1, float('inf')]),
    lambda: r.choices([], k=1),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
