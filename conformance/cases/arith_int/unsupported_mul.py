print(3 * [1])
print([1] * 2.0)
