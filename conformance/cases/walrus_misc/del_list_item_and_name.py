xs = [1, 2, 3]
del xs[1], xs[0]
print(xs)
a = b = 1
del a, b
print(b)
