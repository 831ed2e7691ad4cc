xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[::2] = [None] * 4
print(xs)
xs[2:] = []
print(xs)
xs[:0] = [7, 8]
print(xs)
