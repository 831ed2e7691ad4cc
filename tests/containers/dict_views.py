d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
print('a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i)
d['d'] = 4
print(list(k), list(v), list(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}))
print(sorted(i & {('a', 1)}), k == {'a', 'b', 'c', 'd'}, k == ['a'], k <= {'a', 'b', 'c', 'd', 'e'})
print(k.isdisjoint(['x']), k.isdisjoint(['a']))
print(sorted({'x', 'a'} & k), sorted(['a', 'q'] & k) if False else 0)
print(d.keys() == d.keys(), d.values() == d.values())
try:
    hash(d.keys())
except TypeError as e:
    print(e)
print(list(zip(d.keys(), d.values())))
print(dict(d.items()) == d)
it = iter(d)
print(next(it), next(it))
print({}.keys(), {}.items())
