xs = list(range(10))
del xs[::3]
print(xs)
del xs[1:-1]
print(xs)
