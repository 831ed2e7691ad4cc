import bisect
print(bisect.bisect_right([1, 2, 3], 2, hi=None))
bisect.bisect_right([1, 2, 3], 2, hi="3")
