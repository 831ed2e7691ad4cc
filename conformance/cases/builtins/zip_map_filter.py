print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a", None])))
print(list(filter(lambda x: x % 2, range(7))), list(zip(*[(1, "a"), (2, "b")])))
