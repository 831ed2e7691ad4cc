def three():
    yield "a"
    yield "b"
    yield "c"
x, y, z = three()
first, *rest = three()
print(x, y, z, first, rest, [*three(), *three()], dict(zip(three(), range(3))))
a, b = three()
