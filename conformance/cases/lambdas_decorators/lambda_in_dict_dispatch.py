ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
expr = [("+", 2, 3), ("*", 4, 5), ("-", 1, 9)]
print([ops[o](a, b) for o, a, b in expr])
print(ops["/"](1, 2))
