from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a')
print(od)
od.move_to_end('c', last=False)
print(od, list(od), list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', [1, 2])]))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
print(OrderedDict.fromkeys('xyz', 0))
print(list(reversed(OrderedDict(a=1, b=2, c=3))))
o = OrderedDict()
o['z'] = 1
o['y'] = 2
o['z'] = 3
print(o, isinstance(o, dict))
