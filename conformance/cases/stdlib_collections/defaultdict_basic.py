from collections import defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b']
print(dd, dd.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(set, a={1}))
print(dd.get('zz'), 'zz' in dd)
tree = lambda: defaultdict(tree)
t = tree()
t['x']['y']['z'] = 1
print(t['x']['y']['z'], list(t), list(t['x']))
c = counts.copy()
print(type(c).__name__, c.default_factory, c == counts)
dd.default_factory = None
try:
    dd['missing']
except KeyError as e:
    print('KeyError', e)
