from collections import deque
d = deque('abcab')
print(d.count('a'), d.index('b'), d.index('b', 2), 'c' in d, 'z' in d)
d.remove('a')
print(d)
d.insert(1, 'Z')
d.insert(-1, 'Y')
print(d)
d[0] = 'first'
del d[1]
print(d)
e = d.copy()
e.append('only-in-copy')
print(d == e, d, e)
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) != [1, 2])
print(deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque('ab'))
f = deque([1])
f += [2, 3]
f *= 2
print(f)
print([x * 2 for x in deque([1, 2, 3])])
from collections.abc import MutableSequence, Iterable
print(isinstance(deque(), MutableSequence), isinstance(deque(), Iterable))
