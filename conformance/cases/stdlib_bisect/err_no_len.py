import bisect
print(bisect.bisect_left([3], 3))
bisect.bisect_left(42, 3)
