from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest'}
overrides = {'user': 'admin'}
cm = ChainMap(overrides, defaults)
print(cm['user'], cm['color'], len(cm), list(cm), cm)
cm['color'] = 'blue'
print(cm.maps, defaults)
child = cm.new_child()
child['x'] = 1
print(child, child.parents, cm.new_child({'y': 2}))
print(dict(cm), cm.get('zz', 0), 'user' in cm, 'zz' in cm)
print(sorted(cm.items()), sorted(cm.keys()), sorted(cm.values()))
print(ChainMap(), bool(ChainMap({})), bool(ChainMap({}, {'a': 1})))
print(cm.pop('color'), cm)
