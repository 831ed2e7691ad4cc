def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([4, 8, 6])
print(lo, hi, mean)
swap = lambda p: (p[1], p[0])
print(swap((1, 2)), [swap(p) for p in [(1, "a"), (2, "b")]])
lo, hi = stats([1, 2])
