import itertools as it
tests = [
    lambda: it.accumulate(1),
    lambda: list(it.chain(1)),
    lambda: it.compress(1, [1]),
    lambda: it.groupby(1),
    lambda: it.starmap(len, 1),
    lambda: list(it.starmap(len, [1])),
    lambda: it.zip_longest(1),
    lambda: it.pairwise(1),
    lambda: it.cycle(1),
    lambda: it.takewhile(None, 1),
    lambda: it.filterfalse(None, 1),
    lambda: list(it.accumulate([1, 'a'])),
    lambda: it.chain.from_iterable(1),
    lambda: list(it.chain.from_iterable([1])),
    lambda: list(it.takewhile(lambda x: 1 / x, [1, 0])),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
