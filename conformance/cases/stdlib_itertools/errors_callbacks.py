from itertools import groupby, accumulate, dropwhile, filterfalse, starmap
def bad_key(x):
    if x == 3:
        raise ValueError("bad key: 3")
    return x % 2
tests = [
    lambda: [(k, list(g)) for k, g in groupby([1, 2, 3, 4], key=bad_key)],
    lambda: list(accumulate([1, 2, 3], lambda a, b: a / (b - 2))),
    lambda: list(dropwhile(lambda x: x.upper(), [1])),
    lambda: list(filterfalse(len, [[], 5])),
    lambda: list(starmap(divmod, [(1, 0)])),
    lambda: list(accumulate([1, 2], func=None, initial=None, extra=1)),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
