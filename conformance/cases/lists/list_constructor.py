print(list(), list("ab"), list((1, 2)), list(range(3)), list({"a": 1}), list(x * 2 for x in [1, 2]))
print(list(5))
