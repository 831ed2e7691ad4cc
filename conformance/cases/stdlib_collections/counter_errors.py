from collections import Counter
tests = [
    lambda: Counter.fromkeys('ab'),
    lambda: Counter(1),
    lambda: Counter() + 1,
    lambda: Counter(a=1) - {'a': 1},
    lambda: hash(Counter()),
    lambda: Counter(a=1, b='x').most_common(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
