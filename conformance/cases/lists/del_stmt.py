xs = list(range(10))
del xs[0]
del xs[-1]
del xs[2:5]
del xs[::2]
print(xs)
del xs[10]
