d = {1: 2}
print([1, 2].__len__(), d.__contains__(1), list.__getitem__([1], 0), d.__getitem__(1))
dict.__setitem__(d, 3, 4); print(d)
dict.__delitem__(d, 3); print(d)
print(iter([5]).__next__(), (1, 2).__len__(), set().__len__(), {1}.__contains__(1))
print(type(iter([])).__name__, type({}.keys()).__name__, type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
print(type(reversed([])).__name__, type(iter(range(3))).__name__, type(iter(())).__name__, type(iter(set())).__name__)
print([1, 2].__eq__([1, 2]), (1,).__lt__((2,)), {1}.__le__({1, 2}), {1: 2}.__eq__({1: 2}), [1].__eq__(1))
print([1] + [2], [1].__add__([2]) if hasattr([], '__add__') else 'noadd')
print(list.__repr__([1]), repr(range(3).__iter__()) [:15])
it = iter([1, 2, 3])
print(list(it), list(it))
it = iter({1: 1})
print(next(it), next(it, 'end'))
print(list(zip(*[[1, 2], [3, 4]])), dict(enumerate('ab')), list(map(len, [[1], []])))
print(sum(range(10)), max([3, 9, 2]), min((4, 1)), any([0, 1]), all(()), sorted({'b': 1, 'a': 0}.items(), key=lambda kv: kv[1]))
print(isinstance([], list), isinstance({}.keys(), object), issubclass(bool, int), list is type([]))
print(str([1, 'a']), str((1,)), str({'k': 'v'}), str({1}), format([1, 2]), f'{[1]!r} {(2,)}')
a = b = [1]
a += [2]
print(a is b, b)
t1 = t2 = (1,)
t1 += (2,)
print(t1 is t2, t2)
s1 = s2 = {1}
s1 |= {2}
print(s1 is s2, s2)
f1 = f2 = frozenset({1})
f1 |= {2}
print(f1 is f2, sorted(f2))
d1 = d2 = {1: 1}
d1 |= {2: 2}
print(d1 is d2, d2)
print(bool([]), bool([0]), bool(()), bool({}), bool({0: 0}), bool(set()), bool(range(0)), bool(range(1)), bool({}.keys()))
