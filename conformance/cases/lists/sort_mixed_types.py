xs = [3, 1, 2]
xs.sort()
print(xs)
[1, "a", 2].sort()
