print([0] * 0, [1, 2] * -1, [[]] * 3, 2 * [1], len([None] * 1000))
xs = [1, 2]
xs *= 0
print(xs)
