import bisect
a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(a, x)
print(a)
bisect.insort_left(a, 5)
bisect.insort_right(a, 0)
print(a, bisect.insort(a, 7))
