from collections import OrderedDict
tests = [
    lambda: OrderedDict().popitem(),
    lambda: OrderedDict().popitem(last=False),
    lambda: OrderedDict().move_to_end('x'),
    lambda: OrderedDict(a=1)['b'],
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, repr(e))
