def windows(xs, n):
    for i in range(len(xs) - n + 1):
        yield tuple(xs[i:i + n])
def pairwise_sums(xs):
    for a, b in windows(xs, 2):
        yield a + b
print(list(windows([1, 2, 3, 4], 3)), list(pairwise_sums([1, 2, 3, 4])), sum(pairwise_sums(range(5))))
print(list(windows([], 2)), next(windows("abc", 4), "none"))
