import bisect
print(bisect.bisect([1, 2], 1, 0))
bisect.bisect([1, 2], 1, -1)
