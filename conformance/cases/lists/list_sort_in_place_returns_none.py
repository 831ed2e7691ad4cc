xs = [3, 2, 1]
result = xs.sort()
print(result, xs)
ys = sorted(xs)
print(ys is xs, ys == xs)
print(xs.sort().append(1))
