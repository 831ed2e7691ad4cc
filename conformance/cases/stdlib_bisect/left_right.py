import bisect
a = [1, 2, 2, 2, 3, 5]
for x in [0, 1, 2, 3, 4, 5, 6]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
