import bisect
print(bisect.bisect_left([1, 2], 2, 0, 2))
bisect.bisect_left([1, 2], 2, 0, 2, None)
