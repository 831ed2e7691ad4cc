xs = [1]
ys = xs
xs += (2, 3)
xs += "ab"
print(xs, ys is xs)
xs *= 2
print(xs, len(xs))
