# corral: inputs a=1 b=2.5 c="x" d=True e=None
for value in (a, b, c, d, e):
    print(type(value).__name__, repr(value))
print(a + b)
