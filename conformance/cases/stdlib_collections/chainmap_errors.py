from collections import ChainMap
tests = [
    lambda: ChainMap({})['x'],
    lambda: ChainMap({}, {'x': 1}).__delitem__('x'),
    lambda: ChainMap().popitem(),
    lambda: ChainMap({}, {'x': 1}).pop('x'),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
cm = ChainMap({}, {'x': 1})
try:
    del cm['x']
except KeyError as e:
    print(type(e).__name__, e)
