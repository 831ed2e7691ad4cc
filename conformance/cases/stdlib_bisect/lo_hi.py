import bisect
a = [0, 10, 20, 30, 40, 50]
print(bisect.bisect_left(a, 25, 2), bisect.bisect_left(a, 25, 4), bisect.bisect_right(a, 25, 0, 2))
print(bisect.bisect_left(a, 25, hi=None), bisect.bisect_left(a, 25, lo=1, hi=3), bisect.bisect(a, 60, 0, -1))
print(bisect.bisect_left(a, 25, 5, 2), bisect.bisect_left(a, 30, hi=-3))
b = [1, 3]
bisect.insort(b, 2, 0, 1)
print(b)
