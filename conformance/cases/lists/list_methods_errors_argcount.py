xs = [3, 1, 2]
xs.sort(reverse=True)
print(xs)
xs.sort(lambda a: a)
