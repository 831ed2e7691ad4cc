from functools import cmp_to_key
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
def numeric_concat(a, b):
    return (a + b > b + a) - (a + b < b + a)
print(''.join(sorted(['3', '30', '34', '5', '9'], key=cmp_to_key(numeric_concat), reverse=True)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) == K(1), K(1) != K(2), K(1) >= K(2), K(5).obj)
print(min([5, 3, 8], key=cmp_to_key(lambda a, b: a - b)))
