print(dict([("a", 1)]))
dict([("a", 1, 2)])
