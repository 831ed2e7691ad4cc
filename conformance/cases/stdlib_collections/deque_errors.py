from collections import deque
tests = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1])[5],
    lambda: deque([1])[-2],
    lambda: deque([1]).remove(2),
    lambda: deque([1]).index(2),
    lambda: deque([1], maxlen=1).insert(0, 2),
    lambda: deque(maxlen=-1),
    lambda: deque(1),
    lambda: deque()['a'],
    lambda: deque() + [1],
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
