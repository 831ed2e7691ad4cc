a, b, c = "xyz"
d, e = range(2)
(f,) = {42}
g, *h = range(5)
print(a, b, c, d, e, f, g, h)
i, j = range(3)
