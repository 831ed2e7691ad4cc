import random
r = random.Random(1)
tests = [
    lambda: r.getrandbits(2.5),
    lambda: r.getrandbits('8'),
    lambda: r.randbytes(1.5),
    lambda: r.sample(range(5), 'k'),
    lambda: random.Random([1]),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(r.getrandbits(8))
