import itertools as it
tests = [
    lambda: it.islice('abc', 1.5),
    lambda: it.islice('abc', 'a', 2),
    lambda: it.islice('abc', 0, 2, 0),
    lambda: it.islice('abc', 0, 2, -1),
    lambda: it.islice('abc'),
    lambda: it.islice('abc', 1, 2, 3, 4),
    lambda: it.islice([1], -1),
    lambda: it.islice(5, 1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
