def one():
    yield 1
g = one()
print(list(g), list(g), next(g, "default"))
