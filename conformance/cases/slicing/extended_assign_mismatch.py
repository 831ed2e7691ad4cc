xs = list(range(6))
xs[::2] = "abc"
print(xs)
xs[::2] = [1, 2]
