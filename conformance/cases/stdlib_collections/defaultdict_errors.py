from collections import defaultdict
tests = [
    lambda: defaultdict(1),
    lambda: defaultdict('x', {}),
    lambda: defaultdict()['k'],
    lambda: defaultdict(list).pop('k'),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, repr(e))
