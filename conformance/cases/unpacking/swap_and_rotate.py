a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
xs = [1, 2, 3, 4]
xs[0], xs[-1] = xs[-1], xs[0]
print(xs)
i = 0
i, xs[i] = 2, 99
print(i, xs)
