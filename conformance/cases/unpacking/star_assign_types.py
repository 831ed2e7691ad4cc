*a, = range(3)
print(a, type(a).__name__)
*b, c = (1, 2, 3)
print(b, c, type(b).__name__)
h, *t = "h"
print(h, t)
