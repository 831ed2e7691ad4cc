import bisect
a = [0.5, 1.5, 2.5]
print(bisect.bisect(a, 1.5), bisect.bisect_left(a, 1.5), bisect.bisect(a, 2))
words = ["apple", "cherry", "melon"]
bisect.insort(words, "banana")
print(words, bisect.bisect_left(words, "c"))
