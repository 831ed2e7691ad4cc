print(list(reversed([1])))
reversed({1, 2})
