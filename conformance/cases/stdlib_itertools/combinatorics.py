from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)), len(list(permutations(range(4)))), list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('a', 2)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
print(sum(1 for _ in product(range(10), repeat=4)))
print(next(permutations(range(100))) [:5])
