xs = [1, 2, 3, 4]
xs[1:3] = (x * 10 for x in range(3))
print(xs)
xs[:] = xs[::-1]
print(xs)
xs[len(xs):] = [0]
print(xs)
xs[1:2] = 5
