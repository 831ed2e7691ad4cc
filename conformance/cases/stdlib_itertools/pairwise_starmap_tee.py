from itertools import pairwise, starmap, tee, zip_longest
print(list(pairwise('ABCDE')), list(pairwise('A')))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(lambda *a: sum(a), [[1, 2, 3], (4,)])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(len(tee('ab', 3)), tee('x', 0))
a, b = tee(iter(range(5)))
print(next(a), next(a), next(b), list(a), list(b))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [2, 3])))
