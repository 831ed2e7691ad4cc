from itertools import tee, zip_longest, pairwise, compress, product
tests = [
    lambda: tee([1], 'x'),
    lambda: tee(5),
    lambda: zip_longest([1], fill=1),
    lambda: list(zip_longest([1], 2)),
    lambda: list(pairwise([1, 2], 3)),
    lambda: compress('ab'),
    lambda: product([1], repeat='x'),
    lambda: next(iter(tee([], 1)[0])),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
