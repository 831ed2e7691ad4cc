xs = [1, 2]
xs.extend(xs)
print(xs)
xs.append(xs[:])
print(xs, xs.count(1), xs.count([1, 2, 1, 2]), [1, 1.0, True].count(1))
xs.extend(3)
